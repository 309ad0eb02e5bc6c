package dev.dataexport.testkit;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Sleeper} that never sleeps: it records each requested wait and returns at once, so retry
 * tests run in milliseconds and can assert the exact waits. Thread-safe.
 */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new ArrayList<>();

  /** Creates a sleeper with no recorded waits. */
  public RecordingSleeper() {}

  @Override
  public synchronized void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** Every wait requested so far, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** The sum of every wait requested so far. */
  public synchronized Duration total() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
