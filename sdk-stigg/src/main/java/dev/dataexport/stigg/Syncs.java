package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.stigg.internal.StiggJson;
import dev.dataexport.stigg.internal.StiggRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Stigg's data-export syncs: starting a transfer now rather than at the next scheduled one. Get it
 * from {@link StiggClient#syncs()}. Thread-safe; failures are like those of {@link Destinations}.
 */
public final class Syncs {
  private final WithRawResponse raw;

  Syncs(StiggCalls calls) {
    this.raw = new WithRawResponse(calls);
  }

  /**
   * Triggers a sync ({@code POST /api/v1/data-export/sync}) of one destination or of every one, and
   * returns what Stigg did for each. Each call may start a transfer, so the SDK sends an {@code
   * Idempotency-Key}, new for each call and the same on its retries: Stigg answers a repeated key
   * (for 24 hours) with the first response, so the call is retried like a read. With {@link
   * StiggRequestOptions.Builder#noIdempotencyKey()} it is retried only where the request cannot
   * have reached Stigg. Progress shows in the destination's {@link LastSyncStatus} under the
   * result's {@link SyncResult#transferId()}.
   *
   * @param request which destination, or {@link TriggerSyncRequest#allDestinations()}
   */
  public SyncResults trigger(TriggerSyncRequest request) {
    return trigger(request, RequestOptions.none());
  }

  /**
   * Like {@link #trigger(TriggerSyncRequest)}, with per-call options (see {@link
   * StiggRequestOptions}, which also sets or turns off the idempotency key).
   */
  public SyncResults trigger(TriggerSyncRequest request, RequestOptions options) {
    return raw.trigger(request, options).value();
  }

  /** Like {@link #trigger(TriggerSyncRequest)} without blocking; cancelling cancels the call. */
  public CompletableFuture<SyncResults> triggerAsync(TriggerSyncRequest request) {
    return triggerAsync(request, RequestOptions.none());
  }

  /** Like {@link #triggerAsync(TriggerSyncRequest)}, with per-call options. */
  public CompletableFuture<SyncResults> triggerAsync(
      TriggerSyncRequest request, RequestOptions options) {
    return AsyncValues.of(raw.triggerAsync(request, options));
  }

  /**
   * The same calls, returning the {@link ApiResponse} (status, headers, request id, attempts)
   * around the value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * The sync calls returning {@link ApiResponse}, with exactly the overloads of {@link Syncs}; get
   * it from {@link #withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final StiggCalls calls;

    private WithRawResponse(StiggCalls calls) {
      this.calls = calls;
    }

    /** {@link Syncs#trigger(TriggerSyncRequest)} with the HTTP details. */
    public ApiResponse<SyncResults> trigger(TriggerSyncRequest request) {
      return trigger(request, RequestOptions.none());
    }

    /** {@link Syncs#trigger(TriggerSyncRequest, RequestOptions)} with the HTTP details. */
    public ApiResponse<SyncResults> trigger(TriggerSyncRequest request, RequestOptions options) {
      return calls.send(
          StiggRequests.triggerSync(calls.auth(), request, options),
          StiggJson.SYNC_RESULTS,
          options);
    }

    /** {@link Syncs#triggerAsync(TriggerSyncRequest)} with the HTTP details. */
    public CompletableFuture<ApiResponse<SyncResults>> triggerAsync(TriggerSyncRequest request) {
      return triggerAsync(request, RequestOptions.none());
    }

    /** {@link Syncs#triggerAsync(TriggerSyncRequest, RequestOptions)} with the HTTP details. */
    public CompletableFuture<ApiResponse<SyncResults>> triggerAsync(
        TriggerSyncRequest request, RequestOptions options) {
      return calls.sendAsync(
          StiggRequests.triggerSync(calls.auth(), request, options),
          StiggJson.SYNC_RESULTS,
          options);
    }
  }
}
