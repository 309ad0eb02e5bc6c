package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.prequel.internal.PrequelJson;
import dev.dataexport.prequel.internal.PrequelRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Prequel's destination calls: {@code GET} and {@code PATCH /destinations/{destination_id}}. Both
 * are safe to repeat (an update sets state), so transient failures are retried per the client's
 * retry policy. Arguments are checked before any request; the async calls throw those errors
 * directly rather than in the future. Thread-safe.
 */
public final class Destinations {
  private final WithRawResponse raw;

  Destinations(Transport transport) {
    this.raw = new WithRawResponse(transport);
  }

  /**
   * The same calls returning {@link ApiResponse} (status, headers, request id, attempts) around the
   * value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Reads a destination.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination get(String destinationId) {
    return get(destinationId, RequestOptions.none());
  }

  /** Like {@link #get(String)} with per-call options. */
  public Destination get(String destinationId, RequestOptions options) {
    return raw.get(destinationId, options).value();
  }

  /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Destination> getAsync(String destinationId) {
    return getAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #getAsync(String)} with per-call options. */
  public CompletableFuture<Destination> getAsync(String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(destinationId, options));
  }

  /**
   * Applies a partial update and returns the destination as stored afterwards.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws NullPointerException {@code update must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination update(String destinationId, DestinationUpdate update) {
    return update(destinationId, update, RequestOptions.none());
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
    return updateAsync(destinationId, update, RequestOptions.none());
  }

  /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
  public CompletableFuture<Destination> updateAsync(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return AsyncValues.of(raw.updateAsync(destinationId, update, options));
  }

  /**
   * {@link Destinations} returning the whole {@link ApiResponse}: status, headers, request id and
   * attempts. Exactly the calls of {@link Destinations}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final Transport transport;

    private WithRawResponse(Transport transport) {
      this.transport = transport;
    }

    /** {@code GET /destinations/{destination_id}}. */
    public ApiResponse<Destination> get(String destinationId) {
      return get(destinationId, RequestOptions.none());
    }

    /** Like {@link #get(String)} with per-call options. */
    public ApiResponse<Destination> get(String destinationId, RequestOptions options) {
      ApiRequest request = PrequelRequests.getDestination(destinationId);
      return transport.execute(request, PrequelJson.DESTINATION, checked(options));
    }

    /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(String destinationId) {
      return getAsync(destinationId, RequestOptions.none());
    }

    /** Like {@link #getAsync(String)} with per-call options. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(
        String destinationId, RequestOptions options) {
      ApiRequest request = PrequelRequests.getDestination(destinationId);
      return transport.executeAsync(request, PrequelJson.DESTINATION, checked(options));
    }

    /** {@code PATCH /destinations/{destination_id}} with {@code {"destination": update}}. */
    public ApiResponse<Destination> update(String destinationId, DestinationUpdate update) {
      return update(destinationId, update, RequestOptions.none());
    }

    /** Like {@link #update(String, DestinationUpdate)} with per-call options. */
    public ApiResponse<Destination> update(
        String destinationId, DestinationUpdate update, RequestOptions options) {
      ApiRequest request = PrequelRequests.updateDestination(destinationId, update);
      return transport.execute(request, PrequelJson.DESTINATION, checked(options));
    }

    /**
     * Like {@link #update(String, DestinationUpdate)} without blocking; cancelling the future
     * cancels the call.
     */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        String destinationId, DestinationUpdate update) {
      return updateAsync(destinationId, update, RequestOptions.none());
    }

    /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        String destinationId, DestinationUpdate update, RequestOptions options) {
      ApiRequest request = PrequelRequests.updateDestination(destinationId, update);
      return transport.executeAsync(request, PrequelJson.DESTINATION, checked(options));
    }

    private static RequestOptions checked(RequestOptions options) {
      return Checks.notNull("options", options);
    }
  }
}
