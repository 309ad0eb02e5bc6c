package dev.dataexport.core.fleet;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told or when someone sleeps on it: {@link #sleep} records the wait,
 * advances the clock by it and returns at once, so pacing tests run without real sleeping and can
 * assert every wait. Thread-safe.
 */
final class ManualTime extends Clock implements Sleeper {
  private final AtomicLong millis;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Runnable onSleep = () -> {};

  ManualTime(long startMillis) {
    this.millis = new AtomicLong(startMillis);
  }

  ManualTime() {
    this(1_700_000_000_000L);
  }

  void advance(Duration duration) {
    millis.addAndGet(duration.toMillis());
  }

  /** Runs {@code action} (once per sleep) before each sleep returns. */
  void onSleep(Runnable action) {
    this.onSleep = action;
  }

  List<Duration> waits() {
    return List.copyOf(waits);
  }

  Duration totalWait() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    millis.addAndGet(duration.toMillis());
    onSleep.run();
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
