package dev.dataexport.core.fleet;

import dev.dataexport.core.RetryPolicy.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one pace of a run, shared by every worker: how many calls may run at once and how many may
 * start per second. Until the vendor first signals a limit, only the concurrency bounds the run.
 * The first signal after enough successes (twice the concurrency in the second before the call that
 * met it started) sets the rate to just under theirs; later ones cut it by a tenth (a 429) or by 3
 * % (LaunchDarkly's remaining quota running low), and it climbs back while calls succeed: slowly
 * (0.5 % a second, doubling after each 10 s without a limit) where only 429s tell the limit, fast
 * (20 % a second) while the quota headers show room. Because a token-bucket limit lets a burst
 * through before it refuses, 97 % of a rate that met the limit becomes a ceiling: the climb stops
 * there and only probes past it (0.05 % a second), so the run settles just below the limit instead
 * of meeting it again and again. A 429 also halves the concurrency (it climbs back by one per round
 * of successes) and pauses every worker for the wait the vendor asked for, as does a quota with no
 * call left (until its reset). Waits go through the injected {@link Sleeper}, in slices of at most
 * {@link #SLICE} so a cancelled run ends soon. Thread-safe.
 */
final class Pacer {
  /** The longest single sleep, so a stop is seen within it. */
  static final Duration SLICE = Duration.ofSeconds(1);

  /** The slowest pace a limit signal sets: one call a second. */
  static final double MIN_RATE = 1;

  private static final double FIRST_CUT = 0.95;
  private static final double HARD_CUT = 0.9;
  private static final double SOFT_CUT = 0.97;
  private static final double CEILING = 0.97;
  private static final double SLOW_GROWTH = 0.005;
  private static final double MAX_GROWTH = 0.08;
  private static final double FAST_GROWTH = 0.2;
  private static final long ACCELERATE_AFTER_MILLIS = 10_000;
  private static final long WINDOW_MILLIS = 1_000;
  private static final long HISTORY_MILLIS = 5_000;

  private final int max;
  private final Clock clock;
  private final Sleeper sleeper;
  private final long maxPauseMillis;
  private final int lowWater;

  private double limit;
  private int active;
  private long pauseUntil;

  /** Calls per second; infinite until the first limit signal. */
  private double rate = Double.POSITIVE_INFINITY;

  /** The rate climbs slowly above this: a little under a rate that once met the limit. */
  private double ceiling = Double.POSITIVE_INFINITY;

  private double nextStart;
  private double growth = SLOW_GROWTH;
  private long lastClimb;
  private long cleanSince;
  private long lastRemaining = -1;
  private final ArrayDeque<Long> successes = new ArrayDeque<>();

  /**
   * When the calling thread's current call started (a worker runs one call at a time): a limit a
   * call met was met near its start, not when its own retries finally returned, so the first rate
   * is read from the second before it, not from the seconds the call's retries slept through.
   */
  private final ThreadLocal<long[]> callStart = ThreadLocal.withInitial(() -> new long[1]);

  /** Counts the cuts, so the calls sent before a cut (at the old pace) do not cut again. */
  private long generation;

  private long cuts;
  private volatile boolean stopped;

  Pacer(int max, Clock clock, Sleeper sleeper, Duration maxPause) {
    this.max = max;
    this.limit = max;
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxPauseMillis = maxPause.toMillis();
    this.lowWater = 2 * max;
    this.lastClimb = clock.millis();
    this.cleanSince = lastClimb;
  }

  /**
   * Waits until a call may start (no pause, fewer calls running than the limit, its turn at the
   * rate) and takes a slot; returns the generation the call starts in, or -1 when the run stopped
   * (no slot taken).
   */
  long enter() throws InterruptedException {
    while (true) {
      long wait;
      synchronized (this) {
        while (true) {
          if (stopped) {
            return -1;
          }
          long now = clock.millis();
          wait = pauseUntil - now;
          if (wait > 0) {
            break;
          }
          if (active >= (int) limit) {
            wait();
            continue;
          }
          double interval = 1000 / rate;
          wait = (long) Math.ceil(nextStart - now);
          if (wait > 0) {
            break;
          }
          active++;
          callStart.get()[0] = now;
          if (Double.isFinite(interval)) {
            // Late by a sleep's overshoot is made up once; an idle pause is not saved up.
            nextStart = Math.max(nextStart, now - interval) + interval;
          }
          return generation;
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
   * worker pauses that long (at most the maximum pause), and the rate and concurrency are cut.
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
    long now = clock.millis();
    successes.addLast(now);
    trimSuccesses(now);
    if (sawLimit) {
      cut(startedIn);
    }
    boolean fast = false;
    if (quota.isPresent()) {
      QuotaReader.Quota left = quota.get();
      long remaining = left.remaining();
      long previous = lastRemaining;
      lastRemaining = remaining;
      if (remaining <= 0) {
        Optional<Instant> reset = left.reset();
        long until = reset.isPresent() ? reset.get().toEpochMilli() - now : 0;
        pause(until > 0 ? until : defaultWait.toMillis());
        cut(startedIn);
        return;
      }
      if (remaining <= lowWater) {
        if (previous < 0 || remaining < previous || !Double.isFinite(rate)) {
          softCut(startedIn); // falling towards empty: ease off before the vendor refuses
        }
        lastClimb = now;
        return; // near the end of the quota: hold the pace, do not climb
      }
      fast = remaining > 2L * lowWater;
    }
    if (!sawLimit && startedIn == generation) {
      climb(now, fast); // a call sent before the last cut, at the old pace, says nothing new
    } else {
      lastClimb = now;
    }
  }

  /** A failed call met a 429 in its own retries: the pace is cut, nobody pauses. */
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

  /** The calls allowed to start per second now, or empty before any limit signal. */
  synchronized OptionalDouble rate() {
    return Double.isFinite(rate) ? OptionalDouble.of(rate) : OptionalDouble.empty();
  }

  /** How often a 429 or an exhausted quota cut the pace. */
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

  /** A refusal (429) or an empty quota: cut the rate by a tenth and halve the concurrency. */
  private void cut(long startedIn) {
    if (startedIn != generation) {
      return;
    }
    long now = clock.millis();
    if (Double.isFinite(rate)) {
      ceiling = rate * CEILING;
      rate = Math.max(MIN_RATE, rate * HARD_CUT);
    } else {
      rate = firstRate();
    }
    limit = Math.max(1, Math.floor(limit / 2));
    growth = SLOW_GROWTH;
    cleanSince = now;
    lastClimb = now;
    generation++;
    cuts++;
  }

  /** The quota is running low and falling: ease the rate off by 3 %, nobody pauses. */
  private void softCut(long startedIn) {
    if (startedIn != generation) {
      return;
    }
    long now = clock.millis();
    rate = Double.isFinite(rate) ? Math.max(MIN_RATE, rate * SOFT_CUT) : firstRate();
    generation++;
  }

  /**
   * Just under the rate of the calls that succeeded in the second before this call started; still
   * unknown (infinite) when fewer than the low-water mark did: so few say nothing about the limit
   * (the concurrency, halved, and the pause govern meanwhile), and a rate read from them would
   * crawl back for minutes.
   */
  private double firstRate() {
    long at = callStart.get()[0];
    long count = 0;
    for (long success : successes) {
      if (success > at - WINDOW_MILLIS && success <= at) {
        count++;
      }
    }
    if (count < lowWater) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(MIN_RATE, FIRST_CUT * count * 1000.0 / WINDOW_MILLIS);
  }

  private void climb(long now, boolean fast) {
    if (limit < max) {
      limit = Math.min(max, limit + 1 / limit);
      notifyAll();
    }
    double seconds = (now - lastClimb) / 1000.0;
    lastClimb = now;
    if (!Double.isFinite(rate) || seconds <= 0) {
      return;
    }
    if (fast) {
      rate *= Math.exp(FAST_GROWTH * seconds); // the quota headers will say when to stop
      return;
    }
    if (rate >= ceiling) {
      rate *= Math.exp(SLOW_GROWTH / 10 * seconds); // probe past a known limit very gently
      return;
    }
    if (now - cleanSince >= ACCELERATE_AFTER_MILLIS) {
      growth = Math.min(MAX_GROWTH, growth * 2); // a long clean stretch: the estimate was low
      cleanSince = now;
    }
    rate = Math.min(ceiling, rate * Math.exp(growth * seconds));
  }

  /** Keeps only the last seconds of successes, so a long run holds a bounded record. */
  private void trimSuccesses(long now) {
    while (!successes.isEmpty() && successes.peekFirst() <= now - HISTORY_MILLIS) {
      successes.pollFirst();
    }
  }
}
