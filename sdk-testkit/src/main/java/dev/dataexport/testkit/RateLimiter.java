package dev.dataexport.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The token buckets of a fake's {@link RateLimit}s: one per limit and route or credential, filled
 * lazily from the limit's clock when a request asks. Not thread-safe: the fake calls it under its
 * own lock, so requests are counted in the order they arrive.
 */
final class RateLimiter {
  /**
   * What the buckets said about one request.
   *
   * @param allowed whether every bucket had a token (and gave one)
   * @param keyRemaining whole tokens left in the tightest per-credential bucket, if any is set
   * @param routeRemaining whole tokens left in the tightest per-route bucket, if any is set
   * @param reset when the tightest bucket is full again
   * @param retryAfter how long until every refusing bucket has a token again (zero when allowed)
   */
  record Verdict(
      boolean allowed,
      OptionalLong keyRemaining,
      OptionalLong routeRemaining,
      Instant reset,
      Duration retryAfter) {
    /** {@code Retry-After} in whole seconds, rounded up (at least 1), as HTTP writes it. */
    String retryAfterSeconds() {
      long millis = retryAfter.toMillis();
      return Long.toString(Math.max(1, (millis + 999) / 1000));
    }
  }

  /** A bucket's tokens and when they were last refilled (epoch nanoseconds of its clock). */
  private static final class Bucket {
    double tokens;
    long refilledAt;
  }

  private final List<RateLimit> limits;
  private final Map<String, Bucket> buckets = new HashMap<>();

  RateLimiter(List<RateLimit> limits) {
    this.limits = List.copyOf(limits);
  }

  /** Takes a token from each bucket {@code route} and {@code key} fall in, if every one has one. */
  Verdict take(String route, String key, Clock fakeClock) {
    Bucket[] touched = new Bucket[limits.size()];
    long[] nows = new long[limits.size()];
    boolean allowed = true;
    long waitNanos = 0;
    for (int i = 0; i < limits.size(); i++) {
      RateLimit limit = limits.get(i);
      long now = nanos(limit.clock().orElse(fakeClock).instant());
      String scope = limit.scope() == RateLimit.Scope.ROUTE ? route : key;
      Bucket bucket =
          buckets.computeIfAbsent(
              i + "|" + scope,
              id -> {
                Bucket full = new Bucket();
                full.tokens = limit.burst();
                full.refilledAt = now;
                return full;
              });
      if (now > bucket.refilledAt) {
        bucket.tokens =
            Math.min(limit.burst(), bucket.tokens + (now - bucket.refilledAt) * perNano(limit));
        bucket.refilledAt = now;
      }
      touched[i] = bucket;
      nows[i] = now;
      if (bucket.tokens < 1) {
        allowed = false;
        waitNanos = Math.max(waitNanos, (long) Math.ceil((1 - bucket.tokens) / perNano(limit)));
      }
    }
    long keyLeft = Long.MAX_VALUE;
    long routeLeft = Long.MAX_VALUE;
    double tightest = Double.MAX_VALUE;
    long resetNanos = 0;
    for (int i = 0; i < limits.size(); i++) {
      RateLimit limit = limits.get(i);
      Bucket bucket = touched[i];
      if (allowed) {
        bucket.tokens -= 1;
      }
      long left = (long) Math.floor(Math.max(0, bucket.tokens));
      if (limit.scope() == RateLimit.Scope.KEY) {
        keyLeft = Math.min(keyLeft, left);
      } else {
        routeLeft = Math.min(routeLeft, left);
      }
      if (bucket.tokens < tightest) {
        tightest = bucket.tokens;
        resetNanos = nows[i] + (long) Math.ceil((limit.burst() - bucket.tokens) / perNano(limit));
      }
    }
    return new Verdict(
        allowed,
        keyLeft == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(keyLeft),
        routeLeft == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(routeLeft),
        Instant.ofEpochSecond(0, resetNanos),
        Duration.ofNanos(waitNanos));
  }

  private static double perNano(RateLimit limit) {
    return limit.requests() / (double) limit.per().toNanos();
  }

  private static long nanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }
}
