package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.stigg.internal.StiggJson;
import dev.dataexport.stigg.internal.StiggRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Stigg's scoped tokens, which let its embeddable front-end widget manage one customer's export.
 * Get it from {@link StiggClient#scopedTokens()}. Thread-safe; failures are like those of {@link
 * Destinations}.
 */
public final class ScopedTokens {
  private final WithRawResponse raw;

  ScopedTokens(StiggCalls calls) {
    this.raw = new WithRawResponse(calls);
  }

  /**
   * Mints a token for the widget ({@code POST /api/v1/data-export/scoped-token}); the token is a
   * {@link dev.dataexport.core.Secret}, masked in logs and {@code toString()}. Each call mints a
   * new token, so the SDK sends an {@code Idempotency-Key}, new for each call and the same on its
   * retries (Stigg answers a repeated key, for 24 hours, with the first token), and retries it like
   * a read; with {@link StiggRequestOptions.Builder#noIdempotencyKey()} it is retried only where
   * the request cannot have reached Stigg.
   *
   * @param request the embedding page's origin and, optionally, the type and models offered
   */
  public ScopedToken create(ScopedTokenRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Like {@link #create(ScopedTokenRequest)}, with per-call options (see {@link
   * StiggRequestOptions}, which also sets or turns off the idempotency key).
   */
  public ScopedToken create(ScopedTokenRequest request, RequestOptions options) {
    return raw.create(request, options).value();
  }

  /** Like {@link #create(ScopedTokenRequest)} without blocking; cancelling cancels the call. */
  public CompletableFuture<ScopedToken> createAsync(ScopedTokenRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** Like {@link #createAsync(ScopedTokenRequest)}, with per-call options. */
  public CompletableFuture<ScopedToken> createAsync(
      ScopedTokenRequest request, RequestOptions options) {
    return AsyncValues.of(raw.createAsync(request, options));
  }

  /**
   * The same calls, returning the {@link ApiResponse} (status, headers, request id, attempts)
   * around the value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The token calls returning {@link ApiResponse}, with exactly the overloads of {@link
   * ScopedTokens}; get it from {@link #withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final StiggCalls calls;

    private WithRawResponse(StiggCalls calls) {
      this.calls = calls;
    }

    /** {@link ScopedTokens#create(ScopedTokenRequest)} with the HTTP details. */
    public ApiResponse<ScopedToken> create(ScopedTokenRequest request) {
      return create(request, RequestOptions.none());
    }

    /** {@link ScopedTokens#create(ScopedTokenRequest, RequestOptions)} with the HTTP details. */
    public ApiResponse<ScopedToken> create(ScopedTokenRequest request, RequestOptions options) {
      return calls.send(
          StiggRequests.createScopedToken(calls.auth(), request, options),
          StiggJson.SCOPED_TOKEN,
          options);
    }

    /** {@link ScopedTokens#createAsync(ScopedTokenRequest)} with the HTTP details. */
    public CompletableFuture<ApiResponse<ScopedToken>> createAsync(ScopedTokenRequest request) {
      return createAsync(request, RequestOptions.none());
    }

    /**
     * {@link ScopedTokens#createAsync(ScopedTokenRequest, RequestOptions)} with the HTTP details.
     */
    public CompletableFuture<ApiResponse<ScopedToken>> createAsync(
        ScopedTokenRequest request, RequestOptions options) {
      return calls.sendAsync(
          StiggRequests.createScopedToken(calls.auth(), request, options),
          StiggJson.SCOPED_TOKEN,
          options);
    }
  }
}
