package dev.dataexport.testkit;

import dev.dataexport.testkit.FakeStiggState.Answer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stigg's {@code Idempotency-Key} cache: the answer of a write, kept 24 hours (on the fake's clock)
 * per credential and key, is given again to a repeat without acting twice. A key reused for a
 * different request is refused with 400, and a replayed answer carries {@code Idempotent-Replayed:
 * true} (the fake's choices; Stigg documents neither). Server errors are not kept, so a retry after
 * one acts. Guarded by the fake's lock.
 */
final class FakeStiggReplay {
  /** How long Stigg keeps a response per key. */
  static final Duration WINDOW = Duration.ofHours(24);

  private final Clock clock;
  private final Map<String, Entry> entries = new HashMap<>();

  FakeStiggReplay(Clock clock) {
    this.clock = clock;
  }

  private record Entry(String request, Answer answer, Instant expiresAt) {}

  /**
   * The kept answer for {@code key}: the first answer for the same request, a 400 for another one,
   * or empty when the key is new (or its 24 hours are over).
   */
  Optional<Answer> replay(String scope, String key, String request) {
    Entry entry = entries.get(scope + "\n" + key);
    if (entry == null || !clock.instant().isBefore(entry.expiresAt)) {
      return Optional.empty();
    }
    if (!entry.request.equals(request)) {
      return Optional.of(
          FakeStiggState.error(
              400,
              "BadUserInput",
              "Idempotency-Key " + key + " was already used for a different request"));
    }
    return Optional.of(entry.answer);
  }

  /** Keeps {@code answer} for {@code key}, unless it is a server error. */
  void keep(String scope, String key, String request, Answer answer) {
    if (answer.status() < 500) {
      entries.put(scope + "\n" + key, new Entry(request, answer, clock.instant().plus(WINDOW)));
    }
  }
}
