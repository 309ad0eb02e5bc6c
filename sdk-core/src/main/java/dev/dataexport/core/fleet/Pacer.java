package dev.dataexport.core.fleet;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one concurrency limit of a run, shared by every worker (AIMD, like TCP's congestion window):
 * it starts at the configured concurrency, halves when a call meets a rate limit, and climbs back
 * by one call per round of successful calls. A 429 or an exhausted quota also pauses every worker
 * until the wait the vendor asked for has passed, instead of each waiting alone. Waits go through
 * the injected {@link Sleeper}, in slices of at most {@link #SLICE} so a cancelled run ends soon.
 * Thread-safe.
 */
final class Pacer {
  /** The longest single sleep, so a stop is seen within it. */
  static final Duration SLICE = Duration.ofSeconds(1);

  private final int max;
  private final Clock clock;
  private final Sleeper sleeper;
  private final long maxPauseMillis;

  private double limit;
  private int active;
  private long pauseUntil;

  /** Counts the cuts, so the calls sent before a cut (at the old rate) do not cut again. */
  private long generation;

  private long cuts;
  private volatile boolean stopped;

  Pacer(int max, Clock clock, Sleeper sleeper, Duration maxPause) {
    this.max = max;
    this.limit = max;
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxPauseMillis = maxPause.toMillis();
  }

  /**
   * Waits until a call may start (no pause, fewer calls running than the limit) and takes a slot;
   * returns the generation the call starts in, or -1 when the run stopped (no slot taken).
   */
  long enter() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        while (true) {
          if (stopped) {
            return -1;
          }
          wait = pauseUntil - clock.millis();
          if (wait > 0) {
            break;
          }
          if (active < (int) limit) {
            active++;
            return generation;
          }
          wait();
        }
      }
      sleeper.sleep(Duration.ofMillis(Math.min(wait, SLICE.toMillis())));
    }
  }

  /** Frees the slot of a finished call. */
  synchronized void exit() {
    active--;
    notifyAll();
  }

  /**
   * A call that started in {@code startedIn} was answered 429 and asked for {@code wait}: every
   * worker pauses that long (at most the maximum pause) and the limit halves.
   */
  synchronized void limited(long startedIn, Duration wait) {
    pause(wait.toMillis());
    cut(startedIn);
  }

  /**
   * A call that started in {@code startedIn} succeeded; {@code sawLimit} says one of its own
   * retries met a 429, {@code quota} is what its headers report.
   */
  synchronized void succeeded(
      long startedIn, boolean sawLimit, Optional<QuotaReader.Quota> quota, Duration defaultWait) {
    if (sawLimit) {
      cut(startedIn);
    }
    if (quota.isPresent()) {
      QuotaReader.Quota left = quota.get();
      if (left.remaining() <= 0) {
        Optional<Instant> reset = left.reset();
        long until = reset.isPresent() ? reset.get().toEpochMilli() - clock.millis() : 0;
        pause(until > 0 ? until : defaultWait.toMillis());
        cut(startedIn);
        return;
      }
      if (left.remaining() < (long) limit) {
        return; // near the end of the window: hold the rate, do not climb
      }
    }
    if (!sawLimit && startedIn == generation) {
      climb(); // a call sent before the last cut, at the old rate, says nothing about the new one
    }
  }

  /** A failed call met a 429 in its own retries: the limit halves, nobody pauses. */
  synchronized void sawLimit(long startedIn) {
    cut(startedIn);
  }

  /** Stops every waiting and future {@link #enter()}. */
  void stop() {
    stopped = true;
    synchronized (this) {
      notifyAll();
    }
  }

  /** The calls allowed at once now. */
  synchronized int concurrency() {
    return (int) limit;
  }

  /** How often the limit was cut. */
  synchronized long cuts() {
    return cuts;
  }

  /** The instant every worker waits for, or empty when there is no pause. */
  synchronized Optional<Instant> pausedUntil() {
    return pauseUntil > clock.millis()
        ? Optional.of(Instant.ofEpochMilli(pauseUntil))
        : Optional.empty();
  }

  private void pause(long millis) {
    long until = clock.millis() + Math.min(Math.max(millis, 0), maxPauseMillis);
    if (until > pauseUntil) {
      pauseUntil = until;
    }
    notifyAll(); // waiting workers re-check, then sleep out the pause
  }

  private void cut(long startedIn) {
    if (startedIn == generation) {
      limit = Math.max(1, Math.floor(limit / 2));
      generation++;
      cuts++;
    }
  }

  private void climb() {
    if (limit < max) {
      limit = Math.min(max, limit + 1 / limit);
      notifyAll();
    }
  }
}
