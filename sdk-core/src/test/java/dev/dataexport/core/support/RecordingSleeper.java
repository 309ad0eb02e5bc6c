package dev.dataexport.core.support;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every requested wait (blocking and async apart) and returns at once. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final List<Duration> asyncWaits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    asyncWaits.add(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** Waits requested through {@link #sleep}. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** Waits requested through {@link #sleepAsync}. */
  public List<Duration> asyncWaits() {
    return List.copyOf(asyncWaits);
  }
}
