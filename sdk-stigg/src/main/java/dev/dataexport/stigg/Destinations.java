package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.stigg.internal.StiggAuth;
import dev.dataexport.stigg.internal.StiggJson;
import dev.dataexport.stigg.internal.StiggRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Stigg's data-export destinations. Get it from {@link StiggClient#destinations()}. Thread-safe.
 *
 * <p>Every method checks its input before any I/O and throws {@link IllegalArgumentException} or
 * {@link NullPointerException} naming the field and the rule — directly, also from the async forms.
 * Failed calls throw (or complete the future with) a {@link
 * dev.dataexport.core.errors.DataExportException}; for an {@link
 * dev.dataexport.core.errors.ApiException} the Stigg code is {@link StiggErrorCode#from}.
 */
public final class Destinations {
  private final WithRawResponse raw;

  Destinations(Transport transport, StiggAuth auth) {
    this.raw = new WithRawResponse(transport, auth);
  }

  /**
   * Replaces the models a destination exports ({@code PATCH
   * /api/v1/data-export/destinations/{destinationId}}) and returns every destination of the
   * integration. Stigg pushes the selection to its export provider first, then stores it; it
   * applies from the next scheduled transfer. The call sets state, so it is retried like a read
   * (I/O errors, 408, 429, 5xx) under the client's retry policy.
   *
   * @param destinationId the provider destination id, 1..255 characters, not blank
   * @param request the integration and the new selection
   */
  public DestinationList updateSelection(String destinationId, UpdateSelectionRequest request) {
    return updateSelection(destinationId, request, RequestOptions.none());
  }

  /**
   * Like {@link #updateSelection(String, UpdateSelectionRequest)}, with per-call options (see
   * {@link StiggRequestOptions}).
   */
  public DestinationList updateSelection(
      String destinationId, UpdateSelectionRequest request, RequestOptions options) {
    return raw.updateSelection(destinationId, request, options).value();
  }

  /**
   * Like {@link #updateSelection(String, UpdateSelectionRequest)} without blocking; cancelling
   * cancels the call.
   */
  public CompletableFuture<DestinationList> updateSelectionAsync(
      String destinationId, UpdateSelectionRequest request) {
    return updateSelectionAsync(destinationId, request, RequestOptions.none());
  }

  /** Like {@link #updateSelectionAsync(String, UpdateSelectionRequest)}, with per-call options. */
  public CompletableFuture<DestinationList> updateSelectionAsync(
      String destinationId, UpdateSelectionRequest request, RequestOptions options) {
    return AsyncValues.of(raw.updateSelectionAsync(destinationId, request, options));
  }

  /**
   * The same calls, returning the {@link ApiResponse} (status, headers, request id, attempts)
   * around the value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The destination calls returning {@link ApiResponse}, with exactly the overloads of {@link
   * Destinations}; get it from {@link #withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final Transport transport;
    private final StiggAuth auth;

    private WithRawResponse(Transport transport, StiggAuth auth) {
      this.transport = transport;
      this.auth = auth;
    }

    /**
     * {@link Destinations#updateSelection(String, UpdateSelectionRequest)} with the HTTP details.
     */
    public ApiResponse<DestinationList> updateSelection(
        String destinationId, UpdateSelectionRequest request) {
      return updateSelection(destinationId, request, RequestOptions.none());
    }

    /**
     * {@link Destinations#updateSelection(String, UpdateSelectionRequest, RequestOptions)} with the
     * HTTP details.
     */
    public ApiResponse<DestinationList> updateSelection(
        String destinationId, UpdateSelectionRequest request, RequestOptions options) {
      return transport.execute(
          StiggRequests.updateSelection(auth, destinationId, request, options),
          StiggJson.DESTINATION_LIST,
          options);
    }

    /**
     * {@link Destinations#updateSelectionAsync(String, UpdateSelectionRequest)} with the HTTP
     * details.
     */
    public CompletableFuture<ApiResponse<DestinationList>> updateSelectionAsync(
        String destinationId, UpdateSelectionRequest request) {
      return updateSelectionAsync(destinationId, request, RequestOptions.none());
    }

    /**
     * {@link Destinations#updateSelectionAsync(String, UpdateSelectionRequest, RequestOptions)}
     * with the HTTP details.
     */
    public CompletableFuture<ApiResponse<DestinationList>> updateSelectionAsync(
        String destinationId, UpdateSelectionRequest request, RequestOptions options) {
      return transport.executeAsync(
          StiggRequests.updateSelection(auth, destinationId, request, options),
          StiggJson.DESTINATION_LIST,
          options);
    }
  }
}
