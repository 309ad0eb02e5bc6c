package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The shared AIMD limit on its own, on a manual clock. */
@Timeout(30)
class PacerTest {
  private final ManualTime time = new ManualTime();
  private final Pacer pacer = new Pacer(8, time, time, Duration.ofSeconds(60));
  private static final Duration WAIT = Duration.ofSeconds(1);

  @Test
  void aRateLimitHalvesTheLimitAndPausesEveryCaller() throws InterruptedException {
    long generation = pacer.enter();
    pacer.limited(generation, Duration.ofMillis(2500));
    pacer.exit();
    assertThat(pacer.concurrency()).isEqualTo(4);
    assertThat(pacer.pausedUntil()).contains(Instant.ofEpochMilli(time.millis() + 2500));

    long before = time.millis();
    pacer.enter();
    // Slept out the pause in slices of at most a second, on the injected sleeper.
    assertThat(time.waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofMillis(500));
    assertThat(time.millis() - before).isEqualTo(2500);
    assertThat(pacer.pausedUntil()).isEmpty();
  }

  @Test
  void callsSentBeforeACutDoNotCutAgain() throws InterruptedException {
    long a = pacer.enter();
    long b = pacer.enter();
    long c = pacer.enter();
    pacer.limited(a, WAIT);
    pacer.limited(b, WAIT); // sent at the old rate, answered after the cut
    pacer.sawLimit(c);
    assertThat(pacer.concurrency()).isEqualTo(4);
    assertThat(pacer.cuts()).isEqualTo(1);
  }

  @Test
  void theLimitClimbsBackByOnePerRoundOfSuccessesAndNeverAboveTheMaximum()
      throws InterruptedException {
    pacer.limited(pacer.enter(), WAIT);
    pacer.exit();
    pacer.limited(pacer.enter(), WAIT);
    pacer.exit();
    assertThat(pacer.concurrency()).isEqualTo(2);
    int successes = 0;
    while (pacer.concurrency() < 8) {
      long generation = pacer.enter();
      pacer.succeeded(generation, false, Optional.empty(), WAIT);
      pacer.exit();
      successes++;
    }
    // Additive increase: 1/limit per success, so 2 + 3 + ... calls per step; about 2 + 3 + 4 + 5 +
    // 6 + 7.
    assertThat(successes).isBetween(20, 35);
    for (int i = 0; i < 50; i++) {
      pacer.succeeded(pacer.enter(), false, Optional.empty(), WAIT);
      pacer.exit();
    }
    assertThat(pacer.concurrency()).isEqualTo(8);
  }

  @Test
  void aSuccessThatMetA429InItsOwnRetriesCutsWithoutPausing() throws InterruptedException {
    pacer.succeeded(pacer.enter(), true, Optional.empty(), WAIT);
    pacer.exit();
    assertThat(pacer.concurrency()).isEqualTo(4);
    assertThat(pacer.pausedUntil()).isEmpty();
  }

  @Test
  void anExhaustedQuotaPausesEveryCallerUntilTheReset() throws InterruptedException {
    Instant reset = Instant.ofEpochMilli(time.millis() + 3200);
    pacer.succeeded(
        pacer.enter(), false, Optional.of(new QuotaReader.Quota(0, Optional.of(reset))), WAIT);
    pacer.exit();
    assertThat(pacer.pausedUntil()).contains(reset);
    assertThat(pacer.concurrency()).isEqualTo(4);

    Pacer other = new Pacer(8, time, time, Duration.ofSeconds(60));
    other.succeeded(
        other.enter(), false, Optional.of(new QuotaReader.Quota(0, Optional.empty())), WAIT);
    assertThat(other.pausedUntil()).contains(Instant.ofEpochMilli(time.millis() + 1000));
  }

  @Test
  void aLowQuotaHoldsTheRateAndAPauseIsCappedAtTheMaximum() throws InterruptedException {
    pacer.limited(pacer.enter(), Duration.ofMillis(1));
    pacer.exit();
    time.advance(Duration.ofMillis(5));
    pacer.succeeded(
        pacer.enter(), false, Optional.of(new QuotaReader.Quota(2, Optional.empty())), WAIT);
    pacer.exit();
    assertThat(pacer.concurrency()).isEqualTo(4); // 2 left in the window: no climb

    pacer.limited(pacer.enter(), Duration.ofHours(1));
    assertThat(pacer.pausedUntil()).contains(Instant.ofEpochMilli(time.millis() + 60_000));
  }

  @Test
  void aStoppedPacerLetsNoCallStart() throws InterruptedException {
    pacer.stop();
    assertThat(pacer.enter()).isEqualTo(-1);
  }

  @Test
  void noMoreCallsRunAtOnceThanTheLimit() throws Exception {
    Pacer two = new Pacer(2, time, time, Duration.ofSeconds(60));
    two.enter();
    two.enter();
    Thread third =
        new Thread(
            () -> {
              try {
                two.enter();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    third.start();
    third.join(200);
    assertThat(third.isAlive()).as("the third call waits for a slot").isTrue();
    two.exit();
    third.join(5_000);
    assertThat(third.isAlive()).isFalse();
  }
}
