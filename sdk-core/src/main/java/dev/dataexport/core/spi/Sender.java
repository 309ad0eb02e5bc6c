package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.RetryRules.Outcome;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Runs the attempts of an {@link Exchange}, blocking or async, waiting between them with the
 * client's {@link Sleeper}. Cancelling an async call cancels the attempt in flight and any attempt
 * still to come.
 */
final class Sender {
  private Sender() {}

  /** Runs the attempts on this thread; {@code ensureOpen} is checked before each retry. */
  static <T> ApiResponse<T> execute(Exchange<T> exchange, Sleeper sleeper) {
    while (true) {
      Call call = exchange.nextCall();
      Outcome<T> outcome;
      try {
        outcome = ResponseReader.read(exchange, call.execute());
      } catch (IOException e) {
        outcome = Failures.onFailure(exchange, e, true);
      } catch (RuntimeException e) {
        // OkHttp lets an exception from an application interceptor escape execute(); the async
        // path reports it as an IOException. Both become the same ApiConnectionException.
        outcome = Failures.onInterceptorFailure(exchange, e);
      } finally {
        exchange.release(call);
      }
      if (!outcome.isRetry()) {
        if (outcome.failure != null) {
          throw outcome.failure;
        }
        return outcome.response;
      }
      try {
        sleeper.sleep(outcome.retryAfter);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Failures.interrupted(exchange, e).failure;
      }
      if (exchange.isClosedByClient()) {
        throw Failures.closed(exchange).failure; // closed while waiting: no further attempt
      }
    }
  }

  /**
   * Runs the attempts on OkHttp's dispatcher. When the client closes, the future completes at once
   * with a {@code ApiConnectionException.ClientClosed} and no attempt or wait follows.
   */
  static <T> CompletableFuture<ApiResponse<T>> executeAsync(Exchange<T> exchange, Sleeper sleeper) {
    CompletableFuture<ApiResponse<T>> future = new CompletableFuture<>();
    AtomicReference<Call> inFlight = new AtomicReference<>();
    future.whenComplete(
        (value, error) -> {
          if (future.isCancelled()) {
            Call call = inFlight.get();
            if (call != null) {
              call.cancel();
            }
          }
        });
    exchange.onClose(() -> future.completeExceptionally(Failures.closed(exchange).failure));
    new AsyncRun<>(exchange, sleeper, future, inFlight).next();
    return future;
  }

  /** The state of one async call between its attempts. */
  private static final class AsyncRun<T> implements Callback {
    private final Exchange<T> exchange;
    private final Sleeper sleeper;
    private final CompletableFuture<ApiResponse<T>> future;
    private final AtomicReference<Call> inFlight;

    AsyncRun(
        Exchange<T> exchange,
        Sleeper sleeper,
        CompletableFuture<ApiResponse<T>> future,
        AtomicReference<Call> inFlight) {
      this.exchange = exchange;
      this.sleeper = sleeper;
      this.future = future;
      this.inFlight = inFlight;
    }

    void next() {
      if (future.isDone()) {
        return; // cancelled while waiting to retry: no further attempt
      }
      if (exchange.isClosedByClient()) {
        future.completeExceptionally(Failures.closed(exchange).failure);
        return;
      }
      Call call;
      try {
        call = exchange.nextCall();
      } catch (RuntimeException | Error e) {
        future.completeExceptionally(e);
        return;
      }
      inFlight.set(call);
      if (future.isCancelled()) {
        exchange.release(call);
        call.cancel(); // cancelled between the check above and publishing the call
        return;
      }
      call.enqueue(this);
    }

    @Override
    public void onResponse(Call call, Response response) {
      exchange.release(call);
      if (future.isDone()) {
        response.close();
        return;
      }
      complete(() -> ResponseReader.read(exchange, response));
    }

    @Override
    public void onFailure(Call call, IOException e) {
      exchange.release(call);
      if (future.isDone()) {
        return;
      }
      RuntimeException fromInterceptor = interceptorFailure(e);
      complete(
          () ->
              fromInterceptor != null
                  ? Failures.onInterceptorFailure(exchange, fromInterceptor)
                  : Failures.onFailure(exchange, e, true));
    }

    /** OkHttp reports an interceptor's exception as "canceled due to …" with it suppressed. */
    private static RuntimeException interceptorFailure(IOException e) {
      for (Throwable suppressed : e.getSuppressed()) {
        if (suppressed instanceof RuntimeException
            && e.getMessage() != null
            && e.getMessage().startsWith("canceled due to")) {
          return (RuntimeException) suppressed;
        }
      }
      return null;
    }

    private void complete(Supplier<Outcome<T>> classify) {
      Outcome<T> outcome;
      try {
        outcome = classify.get();
      } catch (RuntimeException | Error e) {
        // A bug or a failing supplied interceptor must still complete the future, never leave it
        // hanging.
        future.completeExceptionally(e);
        return;
      }
      if (outcome.isRetry()) {
        CompletableFuture<Void> wait;
        try {
          wait = sleeper.sleepAsync(outcome.retryAfter);
        } catch (RuntimeException | Error e) {
          future.completeExceptionally(e);
          return;
        }
        wait.whenComplete((ignored, error) -> next());
      } else if (outcome.failure != null) {
        future.completeExceptionally(outcome.failure);
      } else {
        future.complete(outcome.response);
      }
    }
  }
}
