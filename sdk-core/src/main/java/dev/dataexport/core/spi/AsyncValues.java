package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * Derives futures from an async call while keeping "cancel cancels the HTTP call": a plain {@code
 * thenApply(ApiResponse::value)} would return a future whose {@code cancel} never reaches the call,
 * because {@link CompletableFuture} does not pass cancellation upstream.
 */
public final class AsyncValues {
  private AsyncValues() {}

  /**
   * The value of the response once it arrives; cancelling the returned future cancels {@code
   * response}.
   */
  public static <T> CompletableFuture<T> of(CompletableFuture<ApiResponse<T>> response) {
    return cancelling(response.thenApply(ApiResponse::value), response);
  }

  /** Returns {@code derived}, made to cancel {@code upstream} when it is cancelled itself. */
  public static <T> CompletableFuture<T> cancelling(
      CompletableFuture<T> derived, Future<?> upstream) {
    derived.whenComplete(
        (ignored, error) -> {
          if (derived.isCancelled()) {
            upstream.cancel(true);
          }
        });
    return derived;
  }
}
