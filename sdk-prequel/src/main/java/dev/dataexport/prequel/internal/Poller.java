package dev.dataexport.prequel.internal;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.spi.Checks;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls until a value is final (a transfer or sync that finished), waiting with doubling backoff
 * through the client's {@link dev.dataexport.core.RetryPolicy.Sleeper} and timing with its clock,
 * so tests run without sleeping. Immutable and thread-safe; each poll is an ordinary call with its
 * own retries.
 */
public final class Poller {
  private final ClientOptions options;
  private final Duration firstWait;
  private final Duration maxWait;

  /** A poller that waits {@code firstWait}, doubling up to {@code maxWait}, between polls. */
  public Poller(ClientOptions options, Duration firstWait, Duration maxWait) {
    this.options = Objects.requireNonNull(options, "options");
    this.firstWait = Checks.positive("firstWait", firstWait);
    this.maxWait = Checks.positive("maxWait", maxWait);
  }

  /**
   * Polls {@code poll} until {@code done} accepts its value, and returns that value.
   *
   * @param what what is awaited, for the timeout's message ({@code transfer 42})
   * @throws ApiConnectionException.Timeout when {@code timeout} passes first; its message holds the
   *     last value
   * @throws ApiConnectionException when the waiting thread is interrupted
   */
  public <T> T await(String what, Supplier<T> poll, Predicate<T> done, Duration timeout) {
    Checks.positive("timeout", timeout);
    long deadline = options.clock().millis() + timeout.toMillis();
    Duration wait = firstWait;
    while (true) {
      T value = poll.get();
      if (done.test(value)) {
        return value;
      }
      long left = deadline - options.clock().millis();
      if (left <= 0) {
        throw timedOut(what, timeout, value);
      }
      try {
        options.sleeper().sleep(min(wait, Duration.ofMillis(left)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiConnectionException(
            "interrupted while waiting for " + what + "; last seen: " + value, List.of(), e);
      }
      wait = min(wait.multipliedBy(2), maxWait);
    }
  }

  /** {@link #await} without blocking: polls through {@code poll}'s futures. */
  public <T> CompletableFuture<T> awaitAsync(
      String what, Supplier<CompletableFuture<T>> poll, Predicate<T> done, Duration timeout) {
    Checks.positive("timeout", timeout);
    long deadline = options.clock().millis() + timeout.toMillis();
    return step(what, poll, done, timeout, deadline, firstWait);
  }

  private <T> CompletableFuture<T> step(
      String what,
      Supplier<CompletableFuture<T>> poll,
      Predicate<T> done,
      Duration timeout,
      long deadline,
      Duration wait) {
    return poll.get()
        .thenCompose(
            value -> {
              if (done.test(value)) {
                return CompletableFuture.completedFuture(value);
              }
              long left = deadline - options.clock().millis();
              if (left <= 0) {
                return CompletableFuture.failedFuture(timedOut(what, timeout, value));
              }
              return options
                  .sleeper()
                  .sleepAsync(min(wait, Duration.ofMillis(left)))
                  .thenCompose(
                      ignored ->
                          step(
                              what,
                              poll,
                              done,
                              timeout,
                              deadline,
                              min(wait.multipliedBy(2), maxWait)));
            });
  }

  private static ApiConnectionException.Timeout timedOut(
      String what, Duration timeout, Object last) {
    return new ApiConnectionException.Timeout(
        what + " did not finish within " + show(timeout) + "; last seen: " + last, List.of(), null);
  }

  /** {@code 6 s}, {@code 250 ms}, {@code 3 min}: as the core names its time limits. */
  private static String show(Duration d) {
    long millis = d.toMillis();
    if (millis % 60_000 == 0 && millis >= 60_000) {
      return millis / 60_000 + " min";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
