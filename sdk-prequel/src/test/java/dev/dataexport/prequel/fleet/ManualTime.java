package dev.dataexport.prequel.fleet;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when someone sleeps on it: each wait is recorded, none is real. */
final class ManualTime extends Clock implements Sleeper {
  private final AtomicLong millis = new AtomicLong(1_780_000_000_000L);
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  List<Duration> waits() {
    return List.copyOf(waits);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    millis.addAndGet(duration.toMillis());
  }

  @Override
  public CompletableFuture<Void> sleepAsync(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
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
