package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Checks;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * LaunchDarkly's rate-limit headers of one response: the calls left in the current ten-second
 * window for the account ({@code X-Ratelimit-Global-Remaining}) and for the route ({@code
 * X-Ratelimit-Route-Remaining}), and when the window resets ({@code X-Ratelimit-Reset}, epoch
 * milliseconds). Absent or unreadable headers are empty. Immutable.
 *
 * @param globalRemaining calls left for the account in this window
 * @param routeRemaining calls left for this route in this window
 * @param reset when the window resets
 */
public record LaunchDarklyRateLimit(
    OptionalLong globalRemaining, OptionalLong routeRemaining, Optional<Instant> reset) {
  /** The global-remaining header. */
  public static final String GLOBAL_REMAINING = "X-Ratelimit-Global-Remaining";

  /** The route-remaining header. */
  public static final String ROUTE_REMAINING = "X-Ratelimit-Route-Remaining";

  /** The reset header (epoch milliseconds). */
  public static final String RESET = "X-Ratelimit-Reset";

  /** Checks the components are not null. */
  public LaunchDarklyRateLimit {
    Checks.notNull("globalRemaining", globalRemaining);
    Checks.notNull("routeRemaining", routeRemaining);
    Checks.notNull("reset", reset);
  }

  /** Reads the headers of any response. */
  public static LaunchDarklyRateLimit from(ResponseHeaders headers) {
    Checks.notNull("headers", headers);
    OptionalLong resetMillis = number(headers, RESET);
    return new LaunchDarklyRateLimit(
        number(headers, GLOBAL_REMAINING),
        number(headers, ROUTE_REMAINING),
        resetMillis.isPresent()
            ? Optional.of(Instant.ofEpochMilli(resetMillis.getAsLong()))
            : Optional.empty());
  }

  /** Reads the headers of a raw response ({@code destinations().withRawResponse()}). */
  public static LaunchDarklyRateLimit from(ApiResponse<?> response) {
    return from(Checks.notNull("response", response).headers());
  }

  /** Reads the headers of the 429 that ended a call. */
  public static LaunchDarklyRateLimit from(ApiException.RateLimited exception) {
    return from(Checks.notNull("exception", exception).headers());
  }

  /** Whether any of the three headers was present. */
  public boolean isPresent() {
    return globalRemaining.isPresent() || routeRemaining.isPresent() || reset.isPresent();
  }

  static OptionalLong number(ResponseHeaders headers, String name) {
    Optional<String> value = headers.first(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      String text = value.get().trim();
      // Tolerate a decimal ("1.7e12" is not expected, but "1700000000000.0" has been seen from some
      // proxies).
      return OptionalLong.of(
          text.contains(".") ? (long) Double.parseDouble(text) : Long.parseLong(text));
    } catch (NumberFormatException unreadable) {
      return OptionalLong.empty();
    }
  }
}
