package dev.dataexport.stigg;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.spi.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * What a destination delete did, and the destinations left: Stigg answers a delete with the
 * integration's current list. When a retry met 404 after an earlier attempt that most likely did
 * the delete ({@link #wasGoneOnRetry()}), that answer was lost and {@link #destinations()} is
 * empty. Immutable and thread-safe.
 */
public final class DestinationDeletion {
  private final DeleteResult result;
  private final DestinationList destinations;

  private DestinationDeletion(DeleteResult result, DestinationList destinations) {
    this.result = result;
    this.destinations = destinations;
  }

  /** A delete Stigg confirmed, with the destinations left. */
  public static DestinationDeletion deleted(DestinationList destinations) {
    return new DestinationDeletion(
        DeleteResult.deleted(), Checks.notNull("destinations", destinations));
  }

  /** A delete whose retry met 404 after an attempt that may have performed it. */
  public static DestinationDeletion goneOnRetry() {
    return new DestinationDeletion(DeleteResult.goneOnRetry(), null);
  }

  /** The core's delete outcome, the same type every vendor module returns. */
  public DeleteResult result() {
    return result;
  }

  /**
   * Whether the destination was already gone when a retry reached Stigg: an earlier attempt, whose
   * answer was lost, most likely deleted it.
   */
  public boolean wasGoneOnRetry() {
    return result.wasGoneOnRetry();
  }

  /** The integration's destinations after the delete; empty when {@link #wasGoneOnRetry()}. */
  public Optional<DestinationList> destinations() {
    return Optional.ofNullable(destinations);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DestinationDeletion
        && ((DestinationDeletion) other).result.equals(result)
        && Objects.equals(((DestinationDeletion) other).destinations, destinations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(result, destinations);
  }

  @Override
  public String toString() {
    return "DestinationDeletion{"
        + (wasGoneOnRetry() ? "already gone on retry" : "deleted, " + destinations)
        + "}";
  }
}
