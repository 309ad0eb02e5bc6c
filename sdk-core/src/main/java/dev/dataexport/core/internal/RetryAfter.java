package dev.dataexport.core.internal;

import dev.dataexport.core.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the standard server-requested waits: {@code Retry-After-Ms}, then {@code Retry-After}
 * (seconds or date).
 */
public final class RetryAfter {
  private RetryAfter() {}

  /** The wait the headers ask for, or empty when they ask for none or cannot be read. */
  public static Optional<Duration> parse(ResponseHeaders headers, Clock clock) {
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
}
