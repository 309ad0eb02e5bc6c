package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared request rate the pacer learns from 429s and quota headers, on a manual clock. */
@Timeout(30)
class PacerRateTest {
  private static final Duration WAIT = Duration.ofSeconds(1);
  private final ManualTime time = new ManualTime();
  private final Pacer pacer = new Pacer(4, time, time, Duration.ofSeconds(60));

  /** One call that starts, succeeds with {@code quota} and ends; returns the ms it waited. */
  private long succeed(Optional<QuotaReader.Quota> quota) throws InterruptedException {
    long before = time.millis();
    long generation = pacer.enter();
    long waited = time.millis() - before;
    pacer.succeeded(generation, false, quota, WAIT);
    pacer.exit();
    return waited;
  }

  private static Optional<QuotaReader.Quota> left(long remaining) {
    return Optional.of(new QuotaReader.Quota(remaining, Optional.empty()));
  }

  /** 40 successes 20 ms apart, then a 429: the rate becomes 95 % of 40 per second. */
  private void learn40PerSecond() throws InterruptedException {
    for (int i = 0; i < 40; i++) {
      assertThat(succeed(Optional.empty())).as("no pace before a limit").isZero();
      time.advance(Duration.ofMillis(20));
    }
    pacer.limited(pacer.enter(), Duration.ofMillis(500));
    pacer.exit();
  }

  @Test
  void theFirstLimitSetsTheRateJustUnderTheSuccessesOfTheLastSecond() throws InterruptedException {
    assertThat(pacer.rate()).isEmpty();
    learn40PerSecond();
    assertThat(pacer.rate().orElseThrow()).isCloseTo(38, within(0.01));
    assertThat(pacer.cuts()).isEqualTo(1);

    // Every later call waits its turn at 38 a second: 77 calls take two seconds.
    succeed(Optional.empty()); // sleeps out the pause
    long start = time.millis();
    for (int i = 0; i < 76; i++) {
      succeed(Optional.empty());
    }
    assertThat(time.millis() - start).isBetween(1950L, 2050L);
    assertThat(time.waits()).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Pacer.SLICE));
  }

  @Test
  void aLimitAfterTooFewSuccessesToMeasureLeavesTheRateUnknown() throws InterruptedException {
    for (int i = 0; i < 7; i++) {
      succeed(Optional.empty()); // fewer than the low-water mark (twice the concurrency, 8)
    }
    pacer.limited(pacer.enter(), Duration.ofMillis(500));
    pacer.exit();
    assertThat(pacer.rate()).isEmpty();
    assertThat(pacer.concurrency()).as("the concurrency still halves").isEqualTo(2);
    assertThat(pacer.pausedUntil()).isPresent();
  }

  @Test
  void aLimitMetInACallsOwnRetriesIsReadFromTheSecondBeforeTheCallStarted()
      throws InterruptedException {
    for (int i = 0; i < 40; i++) {
      succeed(Optional.empty());
      time.advance(Duration.ofMillis(20));
    }
    long generation = pacer.enter();
    time.advance(Duration.ofSeconds(2)); // its first attempt got a 429; its retry slept 2 s
    pacer.succeeded(generation, true, Optional.empty(), WAIT);
    pacer.exit();
    // Not the empty second the retry slept through (which would give the minimum, 1 a second).
    assertThat(pacer.rate().orElseThrow()).isCloseTo(38, within(0.01));
    assertThat(pacer.pausedUntil()).isEmpty();
  }

  @Test
  void aLaterLimitCutsByATenthAndTheClimbSlowsUnderTheRateThatOvershot()
      throws InterruptedException {
    learn40PerSecond();
    for (int i = 0; i < 38 * 5; i++) {
      succeed(Optional.empty()); // five clean seconds: +0.5 % a second
    }
    double climbed = pacer.rate().orElseThrow();
    assertThat(climbed).isBetween(38 * 1.02, 38 * 1.03);

    pacer.limited(pacer.enter(), Duration.ofMillis(1));
    pacer.exit();
    assertThat(pacer.rate().orElseThrow()).isCloseTo(climbed * 0.9, within(0.01));
    assertThat(pacer.cuts()).isEqualTo(2);

    for (int i = 0; i < 2_000; i++) {
      succeed(Optional.empty()); // about 55 s
    }
    // Climbed back to the ceiling (97 % of the rate that met the limit), then only probed past it.
    assertThat(pacer.rate().orElseThrow()).isBetween(climbed * 0.97, climbed * 0.99);
  }

  @Test
  void aLongCleanStretchDoublesTheClimb() throws InterruptedException {
    learn40PerSecond();
    long start = time.millis();
    while (time.millis() - start < 35_000) {
      succeed(Optional.empty());
    }
    // No ceiling yet: 10 s at 0.5 %, 10 s at 1 %, 10 s at 2 %, 5 s at 4 %: about +73 %, where
    // 35 s at 0.5 % would be +19 %.
    assertThat(pacer.rate().orElseThrow()).isBetween(38 * 1.6, 38 * 1.85);
  }

  @Test
  void aFallingQuotaEasesTheRateOffWithoutPausingAndAStableOneHolds() throws InterruptedException {
    learn40PerSecond();
    succeed(left(100)); // plenty left
    double before = pacer.rate().orElseThrow();
    succeed(left(8)); // at the low-water mark (twice the concurrency) and falling
    assertThat(pacer.rate().orElseThrow()).isCloseTo(before * 0.97, within(0.01));
    assertThat(pacer.pausedUntil()).isEmpty();
    assertThat(pacer.cuts()).as("no refusal, no hard cut").isEqualTo(1);
    assertThat(pacer.concurrency()).isEqualTo(2);

    double eased = pacer.rate().orElseThrow();
    succeed(left(8));
    succeed(left(8));
    assertThat(pacer.rate().orElseThrow()).as("steady: hold").isEqualTo(eased);
  }

  @Test
  void theFirstLowQuotaSetsTheRateWithoutAnyRefusal() throws InterruptedException {
    for (int i = 0; i < 20; i++) {
      succeed(left(100 - i));
      time.advance(Duration.ofMillis(50));
    }
    succeed(left(3));
    assertThat(pacer.rate().orElseThrow()).isCloseTo(0.95 * 20, within(0.01));
    assertThat(pacer.cuts()).isZero();
    assertThat(pacer.concurrency()).isEqualTo(4);
  }

  @Test
  void aQuotaWithRoomClimbsFast() throws InterruptedException {
    learn40PerSecond();
    double start = pacer.rate().orElseThrow();
    long began = time.millis();
    while (time.millis() - began < 2_000) {
      succeed(left(500));
    }
    // 20 % a second for two seconds (past the ceiling, where the quota says there is room).
    assertThat(pacer.rate().orElseThrow()).isBetween(start * 1.4, start * 1.55);
  }

  @Test
  void anEmptyQuotaPausesEveryoneUntilItsResetAndCuts() throws InterruptedException {
    learn40PerSecond();
    double before = pacer.rate().orElseThrow();
    Instant reset = Instant.ofEpochMilli(time.millis() + 10_000);
    long generation = pacer.enter();
    pacer.succeeded(
        generation, false, Optional.of(new QuotaReader.Quota(0, Optional.of(reset))), WAIT);
    pacer.exit();
    assertThat(pacer.pausedUntil()).contains(reset);
    assertThat(pacer.rate().orElseThrow()).isCloseTo(before * 0.9, within(0.01));
  }
}
