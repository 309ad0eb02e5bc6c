package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.RetryPolicy;
import dev.dataexport.core.errors.DataExportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What may be repeated and after how long. A status is retried when the server did not act (429,
 * 503) or when the call is safe to repeat (408, 500, 502, 504 too); a transport failure is retried
 * when the request never reached the network, or reached it and is safe to repeat. The wait is the
 * server's ({@code Retry-After-Ms}, {@code Retry-After}, then the vendor's reset header on a 429),
 * else the policy's backoff. Stateless.
 */
final class RetryRules {
  private RetryRules() {}

  /** Whether a response with {@code status} may be sent again. */
  static boolean retryableStatus(int status, boolean safeToRepeat) {
    return status == 429
        || status == 503
        || (safeToRepeat && (status == 408 || status == 500 || status == 502 || status == 504));
  }

  /** The policy's backoff after {@code attempt}, with a random jitter. */
  static Duration backoff(RetryPolicy policy, int attempt) {
    return policy.backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  /** Whether a failure after the request {@code reachedNetwork} may be sent again. */
  static boolean retryableFailure(boolean reachedNetwork, boolean safeToRepeat) {
    return !reachedNetwork || safeToRepeat;
  }

  /** Whether {@code e} is OkHttp's or the socket's timeout. */
  static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  /** The wait the server asked for, or null: standard headers, then the vendor's on a 429. */
  static Duration serverWait(
      int status, ResponseHeaders headers, Clock clock, VendorProfile vendor) {
    Optional<Duration> wait = retryAfter(headers, clock);
    if (wait.isEmpty() && status == 429) {
      wait = vendor.rateLimitWait().waitFor(headers, clock);
    }
    return wait.orElse(null);
  }

  /**
   * The standard server-requested wait: {@code Retry-After-Ms}, then {@code Retry-After} (seconds
   * or HTTP date); empty when neither asks for one or neither can be read.
   */
  static Optional<Duration> retryAfter(ResponseHeaders headers, Clock clock) {
    Optional<String> millis = headers.first("Retry-After-Ms");
    if (millis.isPresent()) {
      try {
        double value = Double.parseDouble(millis.get().trim());
        if (value >= 0 && !Double.isInfinite(value)) {
          return Optional.of(Duration.ofNanos((long) (value * 1_000_000)));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    Optional<String> retryAfter = headers.first("Retry-After");
    if (retryAfter.isEmpty()) {
      return Optional.empty();
    }
    String value = retryAfter.get().trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  /** What one attempt decided: a result, a failure, or a retry after a wait. */
  static final class Outcome<T> {
    final ApiResponse<T> response;
    final DataExportException failure;
    final Duration retryAfter;

    private Outcome(ApiResponse<T> response, DataExportException failure, Duration retryAfter) {
      this.response = response;
      this.failure = failure;
      this.retryAfter = retryAfter;
    }

    static <T> Outcome<T> success(ApiResponse<T> response) {
      return new Outcome<>(response, null, null);
    }

    static <T> Outcome<T> failure(DataExportException failure) {
      return new Outcome<>(null, failure, null);
    }

    static <T> Outcome<T> retry(Duration wait) {
      return new Outcome<>(null, null, wait);
    }

    boolean isRetry() {
      return retryAfter != null;
    }
  }
}
