package dev.dataexport.testkit;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The sleeper of {@link FakePrequel}'s clients: it records each wait in the fake's {@link
 * RecordingSleeper} and moves the fake's clock forward by it instead of sleeping, so retries and
 * transfer waits take no real time and the fake's transfers progress meanwhile. Thread-safe.
 */
final class FakePrequelSleeper implements Sleeper {
  private final RecordingSleeper recorder;
  private final FakePrequelClock clock;

  FakePrequelSleeper(RecordingSleeper recorder, FakePrequelClock clock) {
    this.recorder = recorder;
    this.clock = clock;
  }

  @Override
  public void sleep(Duration duration) {
    recorder.sleep(duration);
    clock.advance(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }
}
