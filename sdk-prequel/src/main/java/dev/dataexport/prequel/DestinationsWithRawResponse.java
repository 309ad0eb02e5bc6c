package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.HttpMethod;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.prequel.internal.Check;
import dev.dataexport.prequel.internal.Envelope;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Destinations} returning the whole {@link ApiResponse}: status, headers, request id and
 * attempts. Thread-safe.
 */
public final class DestinationsWithRawResponse {
  private static final ResponseDecoder<Destination> DESTINATION =
      Envelope.data("destination", Destination.class);

  private final Transport executor;

  DestinationsWithRawResponse(Transport executor) {
    this.executor = executor;
  }

  /** {@code PATCH /destinations/{destination_id}} with {@code {"destination": update}}. */
  public ApiResponse<Destination> update(String destinationId, DestinationUpdate update) {
    return update(destinationId, update, RequestOptions.none());
  }

  /** Like {@link #update(String, DestinationUpdate)} with per-call options. */
  public ApiResponse<Destination> update(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return executor.execute(updateRequest(destinationId, update), DESTINATION, options);
  }

  /** Like {@link #update(String, DestinationUpdate)} without blocking. */
  public CompletableFuture<ApiResponse<Destination>> updateAsync(
      String destinationId, DestinationUpdate update) {
    return updateAsync(destinationId, update, RequestOptions.none());
  }

  /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
  public CompletableFuture<ApiResponse<Destination>> updateAsync(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return executor.executeAsync(updateRequest(destinationId, update), DESTINATION, options);
  }

  /** {@code GET /destinations/{destination_id}}. */
  public ApiResponse<Destination> get(String destinationId) {
    return get(destinationId, RequestOptions.none());
  }

  /** Like {@link #get(String)} with per-call options. */
  public ApiResponse<Destination> get(String destinationId, RequestOptions options) {
    return executor.execute(getRequest(destinationId), DESTINATION, options);
  }

  /** Like {@link #get(String)} without blocking. */
  public CompletableFuture<ApiResponse<Destination>> getAsync(String destinationId) {
    return getAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #getAsync(String)} with per-call options. */
  public CompletableFuture<ApiResponse<Destination>> getAsync(
      String destinationId, RequestOptions options) {
    return executor.executeAsync(getRequest(destinationId), DESTINATION, options);
  }

  private static ApiRequest updateRequest(String destinationId, DestinationUpdate update) {
    Objects.requireNonNull(update, "update must not be null");
    return ApiRequest.builder(HttpMethod.PATCH)
        .path("destinations")
        .pathParam("destinationId", Check.text("destinationId", destinationId))
        .jsonBody(new UpdateBody(update))
        .safeToRepeat(true) // an update sets state: sending it twice gives the same destination
        .build();
  }

  private static ApiRequest getRequest(String destinationId) {
    return ApiRequest.builder(HttpMethod.GET)
        .path("destinations")
        .pathParam("destinationId", Check.text("destinationId", destinationId))
        .safeToRepeat(true)
        .build();
  }
}
