package dev.dataexport.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How failed calls are retried. Defaults: 2 retries (3 attempts), backoff starting at 0.5 s and
 * doubling up to 8 s, each wait shortened by a random jitter of up to 25 %, and server-requested
 * waits ({@code Retry-After} and vendor headers) honoured up to 60 s; a longer requested wait fails
 * the call at once with the wait attached. Immutable and thread-safe.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryWait;
  private final double jitter;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryWait = builder.maxRetryWait;
    this.jitter = builder.jitter;
  }

  /** The default policy. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A policy that never retries. */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder()
        .maxRetries(maxRetries)
        .initialBackoff(initialBackoff)
        .maxBackoff(maxBackoff)
        .maxRetryWait(maxRetryWait)
        .jitter(jitter);
  }

  /** Retries after the first attempt; default 2. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The wait before the first retry; default 0.5 s. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The longest backoff wait; default 8 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The longest server-requested wait that is slept; default 60 s. */
  public Duration maxRetryWait() {
    return maxRetryWait;
  }

  /** The largest fraction a backoff wait is shortened by at random; default 0.25. */
  public double jitter() {
    return jitter;
  }

  /**
   * The backoff before retry number {@code retry} (1-based): {@code min(initial * 2^(retry-1),
   * max)}, shortened by {@code jitter * random}.
   *
   * @param random a number in [0, 1)
   */
  public Duration backoff(int retry, double random) {
    long initialNanos = initialBackoff.toNanos();
    long maxNanos = maxBackoff.toNanos();
    int shift = Math.min(Math.max(retry - 1, 0), 30);
    long nanos =
        initialNanos > (maxNanos >> shift) ? maxNanos : Math.min(initialNanos << shift, maxNanos);
    return Duration.ofNanos((long) (nanos * (1.0 - jitter * random)));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) other;
    return maxRetries == that.maxRetries
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && maxRetryWait.equals(that.maxRetryWait)
        && jitter == that.jitter;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryWait, jitter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries="
        + maxRetries
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryWait="
        + maxRetryWait
        + ", jitter="
        + jitter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryWait = Duration.ofSeconds(60);
    private double jitter = 0.25;

    private Builder() {}

    /** Retries after the first attempt, 0 or more; default 2. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** The wait before the first retry, positive; default 0.5 s. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive("initialBackoff", initialBackoff);
      return this;
    }

    /** The longest backoff wait, positive; default 8 s. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive("maxBackoff", maxBackoff);
      return this;
    }

    /** The longest server-requested wait that is slept, zero or more; default 60 s. */
    public Builder maxRetryWait(Duration maxRetryWait) {
      Objects.requireNonNull(maxRetryWait, "maxRetryWait");
      if (maxRetryWait.isNegative()) {
        throw new IllegalArgumentException("maxRetryWait must not be negative");
      }
      this.maxRetryWait = maxRetryWait;
      return this;
    }

    /**
     * The largest fraction a backoff is shortened by at random, in [0, 1]; default 0.25; 0 disables
     * jitter.
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be within [0, 1], was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff must be >= initialBackoff");
      }
      return new RetryPolicy(this);
    }

    private static Duration positive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }

  /**
   * Waits between retries. The default really sleeps; tests inject one that records the wait and
   * returns at once. Implementations must be thread-safe.
   */
  public interface Sleeper {
    /** Blocks for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Completes after {@code duration} without blocking the caller; the default schedules on the
     * common pool's delayed executor (daemon threads, nothing to close).
     */
    default CompletableFuture<Void> sleepAsync(Duration duration) {
      return CompletableFuture.runAsync(
          () -> {}, CompletableFuture.delayedExecutor(duration.toNanos(), TimeUnit.NANOSECONDS));
    }

    /** The sleeper that really sleeps. */
    static Sleeper system() {
      return SystemSleeper.INSTANCE;
    }
  }

  /** The real sleeper. */
  private enum SystemSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
    }
  }
}
