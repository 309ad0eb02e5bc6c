package dev.dataexport.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. The default really sleeps; tests inject one that records the wait and
 * returns at once. Implementations must be thread-safe.
 */
public interface Sleeper {
  /** Blocks for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Completes after {@code duration} without blocking the caller; the default schedules on the
   * common pool's delayed executor (daemon threads, nothing to close).
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
  }

  /** The sleeper that really sleeps. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}

/** The real sleeper. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
  }
}
