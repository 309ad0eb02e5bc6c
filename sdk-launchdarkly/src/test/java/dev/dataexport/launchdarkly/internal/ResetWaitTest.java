package dev.dataexport.launchdarkly.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the wait after a LaunchDarkly 429 is read from {@code X-Ratelimit-Reset}. */
class ResetWaitTest {
  private static final Clock NOW =
      Clock.fixed(Instant.ofEpochMilli(1_764_000_000_000L), ZoneOffset.UTC);

  private static Optional<Duration> wait(ResetWait wait, String reset) {
    return wait.waitFor(ResponseHeaders.of("X-Ratelimit-Reset", reset), NOW);
  }

  @Test
  void aFractionalResetIsReadAsMilliseconds() {
    assertThat(wait(new ResetWait(() -> 0.0), "1764000002000.7"))
        .contains(Duration.ofMillis(2_000));
    assertThat(wait(new ResetWait(() -> 0.0), " 1764000002000 "))
        .contains(Duration.ofMillis(2_000));
  }

  @Test
  void anUnreadableOrMissingResetGivesNoWait() {
    assertThat(wait(new ResetWait(() -> 0.0), "soon")).isEmpty();
    assertThat(new ResetWait().waitFor(ResponseHeaders.empty(), NOW)).isEmpty();
  }

  @Test
  void theDefaultJitterIsRandomAndWithinItsBound() {
    ResetWait wait = new ResetWait();
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      Duration d = wait(wait, "1764000001000").orElseThrow();
      assertThat(d)
          .isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_000).plus(ResetWait.JITTER));
      seen.add(d);
    }
    assertThat(seen).hasSizeGreaterThan(1); // 50 draws of 250 ms of jitter are not all equal
  }
}
