package dev.dataexport.launchdarkly.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** An async operation of several calls: cancellation and completion. */
class AsyncStepsTest {
  @Test
  void cancellingAnOperationCancelsTheCallInFlightAndStartsNoOther() {
    AsyncSteps<String> steps = new AsyncSteps<>();
    CompletableFuture<String> first = new CompletableFuture<>();
    AtomicInteger secondCalls = new AtomicInteger();
    CompletableFuture<String> result =
        steps.result(
            steps
                .call(() -> first)
                .thenCompose(
                    read ->
                        steps.call(
                            () -> {
                              secondCalls.incrementAndGet();
                              return CompletableFuture.completedFuture(read + " patched");
                            })));

    result.cancel(true);
    first.complete(
        "read"); // too late: the operation is cancelled (and the in-flight call was cancelled
    // first)

    assertThat(first).isCancelled();
    assertThat(secondCalls).hasValue(0);
    assertThat(result).isCancelled();
  }

  @Test
  void anOperationThatRunsToTheEndCompletesWithTheLastValueOrTheUnwrappedError() throws Exception {
    AsyncSteps<String> ok = new AsyncSteps<>();
    CompletableFuture<String> done =
        ok.result(
            ok.call(() -> CompletableFuture.completedFuture("read"))
                .thenCompose(
                    read -> ok.call(() -> CompletableFuture.completedFuture(read + " patched"))));
    assertThat(done.get()).isEqualTo("read patched");

    AsyncSteps<String> failing = new AsyncSteps<>();
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<String> failed =
        failing.result(
            failing
                .call(() -> CompletableFuture.completedFuture("read"))
                .thenCompose(
                    read -> failing.call(() -> CompletableFuture.<String>failedFuture(boom))));
    assertThatThrownBy(failed::get).isInstanceOf(ExecutionException.class).hasCause(boom);
  }

  @Test
  void aCallAfterTheOperationEndedIsNotStarted() {
    AsyncSteps<String> steps = new AsyncSteps<>();
    steps.result(CompletableFuture.completedFuture("over"));
    AtomicInteger calls = new AtomicInteger();

    CompletableFuture<Object> late =
        steps.call(
            () -> {
              calls.incrementAndGet();
              return new CompletableFuture<>();
            });

    assertThat(calls).hasValue(0);
    assertThatThrownBy(late::join).isInstanceOf(CancellationException.class);
  }
}
