package dev.dataexport.core.fleet;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.DataExportException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The calls of one item: each waits for the shared {@link Pacer}, reports what it met (429s, quota)
 * and counts its HTTP requests. A call whose retries ended in {@code ApiException .RateLimited} is
 * sent again after the shared pause, at most {@code resends} times: a 429 means the server did not
 * act, the same rule the core's retries follow; nothing else is ever sent again. Not thread-safe:
 * one per item.
 */
final class Calls {
  /** Thrown when the run stopped before a call could start; the item is not attempted. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("the fleet operation stopped", null, false, false);
    }
  }

  private final Pacer pacer;
  private final QuotaReader quota;
  private final Duration rateLimitWait;
  private final int resends;
  private int requests;

  Calls(Pacer pacer, QuotaReader quota, Duration rateLimitWait, int resends) {
    this.pacer = pacer;
    this.quota = quota;
    this.rateLimitWait = rateLimitWait;
    this.resends = resends;
  }

  /** The HTTP requests this item sent so far. */
  int requests() {
    return requests;
  }

  /** Runs {@code call} when the pacer allows. */
  <R> R call(Supplier<R> call) {
    ApiException.RateLimited refused = null;
    for (int sent = 0; ; sent++) {
      long generation;
      try {
        generation = pacer.enter();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        generation = -1;
      }
      if (generation < 0) {
        // Stopped while waiting to send again: the item was tried, and its answer was the 429.
        throw refused != null ? refused : new Stopped();
      }
      try {
        R value = call.get();
        Optional<QuotaReader.Quota> left = Optional.empty();
        boolean sawLimit = false;
        if (value instanceof ApiResponse) {
          ApiResponse<?> response = (ApiResponse<?>) value;
          requests += Math.max(1, response.attempts().size());
          sawLimit = metLimit(response.attempts());
          left = quota.read(response.headers());
        } else {
          requests++;
        }
        pacer.succeeded(generation, sawLimit, left, rateLimitWait);
        return value;
      } catch (ApiException.RateLimited e) {
        requests += Math.max(1, e.attempts().size());
        pacer.limited(generation, e.retryAfter().orElse(rateLimitWait));
        if (sent >= resends) {
          throw e;
        }
        refused = e;
      } catch (DataExportException e) {
        requests += e.attempts().size();
        if (metLimit(e.attempts())) {
          pacer.sawLimit(generation);
        }
        throw e;
      } finally {
        pacer.exit();
      }
    }
  }

  private static boolean metLimit(List<Attempt> attempts) {
    for (Attempt attempt : attempts) {
      if (attempt.status().orElse(0) == 429) {
        return true;
      }
    }
    return false;
  }
}
