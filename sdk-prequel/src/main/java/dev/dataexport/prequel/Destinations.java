package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.AsyncValues;
import java.util.concurrent.CompletableFuture;

/**
 * Prequel's destination calls: {@code PATCH} and {@code GET /destinations/{destination_id}}. Both
 * are safe to repeat (an update sets state), so transient failures are retried per the client's
 * retry policy. Arguments are validated before any request; async variants throw those errors
 * directly rather than in the future. Thread-safe.
 */
public final class Destinations {
  private final DestinationsWithRawResponse raw;

  Destinations(DestinationsWithRawResponse raw) {
    this.raw = raw;
  }

  /**
   * The same calls returning {@link ApiResponse} (status, headers, request id, attempts) around the
   * value.
   */
  public DestinationsWithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Applies a partial update and returns the destination as stored afterwards.
   *
   * @throws IllegalArgumentException for a blank destination id
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination update(String destinationId, DestinationUpdate update) {
    return raw.update(destinationId, update).value();
  }

  /** Like {@link #update(String, DestinationUpdate)} with per-call options. */
  public Destination update(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return raw.update(destinationId, update, options).value();
  }

  /**
   * Like {@link #update(String, DestinationUpdate)} without blocking; cancelling the future cancels
   * the call.
   */
  public CompletableFuture<Destination> updateAsync(
      String destinationId, DestinationUpdate update) {
    return AsyncValues.of(raw.updateAsync(destinationId, update));
  }

  /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
  public CompletableFuture<Destination> updateAsync(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return AsyncValues.of(raw.updateAsync(destinationId, update, options));
  }

  /**
   * Reads a destination.
   *
   * @throws IllegalArgumentException for a blank destination id
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination get(String destinationId) {
    return raw.get(destinationId).value();
  }

  /** Like {@link #get(String)} with per-call options. */
  public Destination get(String destinationId, RequestOptions options) {
    return raw.get(destinationId, options).value();
  }

  /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Destination> getAsync(String destinationId) {
    return AsyncValues.of(raw.getAsync(destinationId));
  }

  /** Like {@link #getAsync(String)} with per-call options. */
  public CompletableFuture<Destination> getAsync(String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(destinationId, options));
  }
}
