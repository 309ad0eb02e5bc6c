package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport.AsyncValues;
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

  Destinations(StiggCalls calls) {
    this.raw = new WithRawResponse(calls);
  }

  /**
   * Creates a destination ({@code POST /api/v1/data-export/destinations}) and returns every
   * destination of the integration. Stigg creates the integration and the provider's recipient on
   * the first call, and is idempotent on {@code destinationId}: a second create of the same id
   * changes nothing and returns the list, so the call is retried like a read (I/O errors, 408, 429,
   * 5xx). Since Stigg has no read endpoint, repeating a create is also how to see a destination's
   * latest sync.
   *
   * @param request the destination's id, type and (optionally) models
   */
  public DestinationList create(CreateDestinationRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Like {@link #create(CreateDestinationRequest)}, with per-call options (see {@link
   * StiggRequestOptions}).
   */
  public DestinationList create(CreateDestinationRequest request, RequestOptions options) {
    return raw.create(request, options).value();
  }

  /**
   * Like {@link #create(CreateDestinationRequest)} without blocking; cancelling cancels the call.
   */
  public CompletableFuture<DestinationList> createAsync(CreateDestinationRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** Like {@link #createAsync(CreateDestinationRequest)}, with per-call options. */
  public CompletableFuture<DestinationList> createAsync(
      CreateDestinationRequest request, RequestOptions options) {
    return AsyncValues.of(raw.createAsync(request, options));
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
   * Deletes a destination ({@code DELETE /api/v1/data-export/destinations/{destinationId}}): Stigg
   * stops the provider's sync and leaves the warehouse tables intact. Idempotent at Stigg, so
   * retried like a read; a 404 that answers a retry, after an attempt that may have deleted it, is
   * success ({@link DestinationDeletion#wasGoneOnRetry()} says so), while a 404 on the first
   * attempt is an {@link dev.dataexport.core.errors.ApiException.NotFound}.
   *
   * @param destinationId the provider destination id, 1..255 characters, not blank
   */
  public DestinationDeletion delete(String destinationId) {
    return delete(destinationId, RequestOptions.none());
  }

  /** Like {@link #delete(String)}, with per-call options (see {@link StiggRequestOptions}). */
  public DestinationDeletion delete(String destinationId, RequestOptions options) {
    return raw.delete(destinationId, options).value();
  }

  /** Like {@link #delete(String)} without blocking; cancelling cancels the call. */
  public CompletableFuture<DestinationDeletion> deleteAsync(String destinationId) {
    return deleteAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #deleteAsync(String)}, with per-call options. */
  public CompletableFuture<DestinationDeletion> deleteAsync(
      String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.deleteAsync(destinationId, options));
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
    private final StiggCalls calls;

    private WithRawResponse(StiggCalls calls) {
      this.calls = calls;
    }

    /** {@link Destinations#create(CreateDestinationRequest)} with the HTTP details. */
    public ApiResponse<DestinationList> create(CreateDestinationRequest request) {
      return create(request, RequestOptions.none());
    }

    /**
     * {@link Destinations#create(CreateDestinationRequest, RequestOptions)} with the HTTP details.
     */
    public ApiResponse<DestinationList> create(
        CreateDestinationRequest request, RequestOptions options) {
      return calls.send(
          StiggRequests.createDestination(calls.auth(), request, options),
          StiggJson.DESTINATION_LIST,
          options);
    }

    /** {@link Destinations#createAsync(CreateDestinationRequest)} with the HTTP details. */
    public CompletableFuture<ApiResponse<DestinationList>> createAsync(
        CreateDestinationRequest request) {
      return createAsync(request, RequestOptions.none());
    }

    /**
     * {@link Destinations#createAsync(CreateDestinationRequest, RequestOptions)} with the HTTP
     * details.
     */
    public CompletableFuture<ApiResponse<DestinationList>> createAsync(
        CreateDestinationRequest request, RequestOptions options) {
      return calls.sendAsync(
          StiggRequests.createDestination(calls.auth(), request, options),
          StiggJson.DESTINATION_LIST,
          options);
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
      return calls.send(
          StiggRequests.updateSelection(calls.auth(), destinationId, request, options),
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
      return calls.sendAsync(
          StiggRequests.updateSelection(calls.auth(), destinationId, request, options),
          StiggJson.DESTINATION_LIST,
          options);
    }

    /** {@link Destinations#delete(String)} with the HTTP details. */
    public ApiResponse<DestinationDeletion> delete(String destinationId) {
      return delete(destinationId, RequestOptions.none());
    }

    /** {@link Destinations#delete(String, RequestOptions)} with the HTTP details. */
    public ApiResponse<DestinationDeletion> delete(String destinationId, RequestOptions options) {
      return calls.send(
          StiggRequests.deleteDestination(calls.auth(), destinationId, options),
          StiggJson.DESTINATION_DELETION,
          options);
    }

    /** {@link Destinations#deleteAsync(String)} with the HTTP details. */
    public CompletableFuture<ApiResponse<DestinationDeletion>> deleteAsync(String destinationId) {
      return deleteAsync(destinationId, RequestOptions.none());
    }

    /** {@link Destinations#deleteAsync(String, RequestOptions)} with the HTTP details. */
    public CompletableFuture<ApiResponse<DestinationDeletion>> deleteAsync(
        String destinationId, RequestOptions options) {
      return calls.sendAsync(
          StiggRequests.deleteDestination(calls.auth(), destinationId, options),
          StiggJson.DESTINATION_DELETION,
          options);
    }
  }
}
