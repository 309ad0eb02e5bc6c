package dev.dataexport.testkit;

import dev.dataexport.core.spi.Checks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The clock of a {@link FakeStiggServer} or {@link FakeLaunchDarklyServer}: time moves only when a
 * test (or a client's wait through the fake's sleeper) advances it, so syncs progress, tokens
 * expire and rate limits refill without real waiting. Always UTC. Thread-safe.
 */
public final class FakeClock extends Clock {
  private Instant now;

  FakeClock(Instant start) {
    this.now = start.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The fake's current time. */
  @Override
  public synchronized Instant instant() {
    return now;
  }

  /** Moves the time forward by {@code duration} (zero or positive). */
  public synchronized FakeClock advance(Duration duration) {
    Checks.notNull("duration", duration);
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    now = now.plus(duration);
    return this;
  }

  /** UTC. */
  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock: the fake's time has no zone of its own. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
