package dev.dataexport.launchdarkly.internal;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * An async operation made of several calls in sequence (read, then patch, then maybe read again).
 * Cancelling the operation's future cancels the call in flight and starts no further call, which
 * chained {@code thenCompose} stages alone would not do. Thread-safe.
 *
 * @param <R> the operation's result type
 */
public final class AsyncSteps<R> {
  private final CompletableFuture<R> result = new CompletableFuture<>();
  private final AtomicReference<Future<?>> inFlight = new AtomicReference<>();

  /**
   * Creates the operation's state; pass every call through {@link #call} and end with {@link
   * #result}.
   */
  public AsyncSteps() {
    result.whenComplete(
        (ignored, error) -> {
          Future<?> call = inFlight.get();
          if (result.isCancelled() && call != null) {
            call.cancel(true);
          }
        });
  }

  /** Starts one call of the operation, unless the operation is already cancelled or done. */
  public <T> CompletableFuture<T> call(Supplier<CompletableFuture<T>> call) {
    if (result.isDone()) {
      return CompletableFuture.failedFuture(
          new CancellationException("the operation was cancelled"));
    }
    CompletableFuture<T> started = call.get();
    inFlight.set(started);
    if (result.isCancelled()) {
      started.cancel(true); // cancelled between the check above and publishing the call
    }
    return started;
  }

  /**
   * The future the caller gets: completed by {@code chain}, and cancelling it stops the operation.
   */
  public CompletableFuture<R> result(CompletableFuture<R> chain) {
    chain.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(
                error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error);
          }
        });
    return result;
  }
}
