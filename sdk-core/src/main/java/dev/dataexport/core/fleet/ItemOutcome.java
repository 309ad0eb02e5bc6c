package dev.dataexport.core.fleet;

import java.util.Optional;

/**
 * What a fleet operation did with one item, handed to the outcome listener as soon as the item
 * finishes and then forgotten by the operation. Immutable.
 *
 * @param <I> the item type
 */
public final class ItemOutcome<I> {
  /** The five outcomes of an item. */
  public enum Status {
    /** The write was sent and succeeded (in a plan: a write would be sent). */
    CHANGED,
    /** The change answered "nothing to change"; nothing was sent. */
    UNCHANGED,
    /** A read, the change or the write failed; {@link #failure()} holds the typed exception. */
    FAILED,
    /** The journal says a previous run finished it; nothing was read or sent. */
    SKIPPED,
    /** The run stopped (cancelled, or the failure policy) before the item's next call started. */
    NOT_ATTEMPTED
  }

  private final String key;
  private final I item;
  private final Status status;
  private final PlannedRequest request;
  private final RuntimeException failure;
  private final int requests;
  private final long index;
  private final FleetWrite write;

  ItemOutcome(
      String key,
      I item,
      Status status,
      PlannedRequest request,
      RuntimeException failure,
      int requests,
      long index,
      FleetWrite write) {
    this.key = key;
    this.item = item;
    this.status = status;
    this.request = request;
    this.failure = failure;
    this.requests = requests;
    this.index = index;
    this.write = write;
  }

  /** The item's position in the input, from 0. */
  public long index() {
    return index;
  }

  /** The write a plan decided on, kept so that {@code apply(plan)} sends exactly it. */
  FleetWrite write() {
    return write;
  }

  /** The item's key, as written to the journal; null only when the key function failed. */
  public String key() {
    return key;
  }

  /** The item. */
  public I item() {
    return item;
  }

  /** The outcome. */
  public Status status() {
    return status;
  }

  /** The write's request, masked, when the change asked for one. */
  public Optional<PlannedRequest> request() {
    return Optional.ofNullable(request);
  }

  /**
   * The exception of a {@link Status#FAILED} item: an {@code ApiException} subclass, an {@code
   * ApiConnectionException}, an {@code IllegalArgumentException} of a check, or what the read or
   * change threw.
   */
  public Optional<RuntimeException> failure() {
    return Optional.ofNullable(failure);
  }

  /** The HTTP requests sent for this item, retries included. */
  public int requests() {
    return requests;
  }

  /** {@code key: STATUS}, with the request or the failure's message (both free of secrets). */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(key).append(": ").append(status);
    if (failure != null) {
      text.append(" (")
          .append(failure.getClass().getSimpleName())
          .append(": ")
          .append(failure.getMessage())
          .append(')');
    } else if (request != null) {
      text.append(' ').append(request);
    }
    return text.toString();
  }
}
