package dev.dataexport.core.fleet;

import dev.dataexport.core.spi.Checks;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One planned write of a fleet operation: the request it sends, described with secrets masked, and
 * the call that sends it; or {@link #none()}, "nothing to change". Immutable; the call runs only
 * when the operation applies the write, never in a plan. When the call returns an {@link
 * dev.dataexport.core.ApiResponse} (a {@code withRawResponse()} call), its headers feed the
 * operation's rate-limit pacing and its attempts the request count.
 */
public final class FleetWrite {
  private static final FleetWrite NONE = new FleetWrite(null, null);

  private final PlannedRequest request;
  private final Supplier<?> send;

  private FleetWrite(PlannedRequest request, Supplier<?> send) {
    this.request = request;
    this.send = send;
  }

  /**
   * A write that sends {@code request} by calling {@code send}; the call keeps the retry rules of
   * its single call.
   */
  public static FleetWrite of(PlannedRequest request, Supplier<?> send) {
    return new FleetWrite(Checks.notNull("request", request), Checks.notNull("send", send));
  }

  /** Nothing to change: the item is reported unchanged and nothing is sent. */
  public static FleetWrite none() {
    return NONE;
  }

  /** Whether this write changes nothing. */
  public boolean isNone() {
    return request == null;
  }

  /** The request this write sends, masked; empty for {@link #none()}. */
  public Optional<PlannedRequest> request() {
    return Optional.ofNullable(request);
  }

  /** Sends the write; only the operation calls it. */
  Object send() {
    return send.get();
  }

  /** The masked request, or {@code unchanged}. */
  @Override
  public String toString() {
    return request == null ? "unchanged" : request.toString();
  }
}
