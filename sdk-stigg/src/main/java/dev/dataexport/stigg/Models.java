package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.stigg.internal.StiggJson;
import dev.dataexport.stigg.internal.StiggRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Stigg's data-export model catalog: which models a destination can receive. Get it from {@link
 * StiggClient#models()}. Thread-safe; failures are like those of {@link Destinations}.
 */
public final class Models {
  private final WithRawResponse raw;

  Models(StiggCalls calls) {
    this.raw = new WithRawResponse(calls);
  }

  /**
   * Lists the catalog ({@code GET /api/v1/data-export/models}): groups of models whose ids are what
   * {@code enabledModels} takes ({@link ModelCatalog#modelIds()} has them all). A read, retried on
   * I/O errors, 408, 429 and 5xx.
   */
  public ModelCatalog list() {
    return list(RequestOptions.none());
  }

  /** Like {@link #list()}, with per-call options (see {@link StiggRequestOptions}). */
  public ModelCatalog list(RequestOptions options) {
    return raw.list(options).value();
  }

  /** Like {@link #list()} without blocking; cancelling cancels the call. */
  public CompletableFuture<ModelCatalog> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /** Like {@link #listAsync()}, with per-call options. */
  public CompletableFuture<ModelCatalog> listAsync(RequestOptions options) {
    return AsyncValues.of(raw.listAsync(options));
  }

  /**
   * The same calls, returning the {@link ApiResponse} (status, headers, request id, attempts)
   * around the value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The catalog calls returning {@link ApiResponse}, with exactly the overloads of {@link Models};
   * get it from {@link #withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final StiggCalls calls;

    private WithRawResponse(StiggCalls calls) {
      this.calls = calls;
    }

    /** {@link Models#list()} with the HTTP details. */
    public ApiResponse<ModelCatalog> list() {
      return list(RequestOptions.none());
    }

    /** {@link Models#list(RequestOptions)} with the HTTP details. */
    public ApiResponse<ModelCatalog> list(RequestOptions options) {
      return calls.send(
          StiggRequests.listModels(calls.auth(), options), StiggJson.MODEL_CATALOG, options);
    }

    /** {@link Models#listAsync()} with the HTTP details. */
    public CompletableFuture<ApiResponse<ModelCatalog>> listAsync() {
      return listAsync(RequestOptions.none());
    }

    /** {@link Models#listAsync(RequestOptions)} with the HTTP details. */
    public CompletableFuture<ApiResponse<ModelCatalog>> listAsync(RequestOptions options) {
      return calls.sendAsync(
          StiggRequests.listModels(calls.auth(), options), StiggJson.MODEL_CATALOG, options);
    }
  }
}
