package dev.dataexport.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time of a {@link FakePrequel}: a base clock (the system clock unless a test sets one) plus
 * every wait the fake's clients slept and every {@link FakePrequel#advanceClock} step, so a
 * transfer runs PENDING → RUNNING → SUCCESS while a client waits for it without anyone sleeping.
 * Thread-safe.
 */
final class FakePrequelClock extends Clock {
  private Clock base = Clock.systemUTC();
  private Duration offset = Duration.ZERO;

  /** Replaces the base clock; the offset advanced so far is kept. */
  synchronized void base(Clock clock) {
    this.base = Objects.requireNonNull(clock, "clock");
  }

  /** Moves this clock forward by {@code step}. */
  synchronized void advance(Duration step) {
    if (Objects.requireNonNull(step, "step").isNegative()) {
      throw new IllegalArgumentException("step must not be negative, was " + step);
    }
    offset = offset.plus(step);
  }

  @Override
  public synchronized Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public ZoneId getZone() {
    return java.time.ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // the fake's time is one instant line; a zone changes nothing it reports
    return this;
  }
}
