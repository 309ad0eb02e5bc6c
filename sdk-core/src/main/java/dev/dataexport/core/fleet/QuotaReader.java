package dev.dataexport.core.fleet;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.Checks;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reads the quota a vendor reports on successful responses, so a fleet operation slows down before
 * the vendor answers 429: when no call is left in the window, every worker waits for the reset
 * together. The default reads nothing (Stigg and Prequel publish no quota headers); for
 * LaunchDarkly use {@code QuotaReader.remainingAndResetMillis("X-Ratelimit-Reset",
 * "X-Ratelimit-Global-Remaining", "X-Ratelimit-Route-Remaining")}. Implementations must be
 * thread-safe and must not throw on headers they cannot read (answer empty).
 */
@FunctionalInterface
public interface QuotaReader {
  /**
   * The quota of one response.
   *
   * @param remaining calls left in the current window (the smallest of the windows read)
   * @param reset when the window resets, when the headers say
   */
  record Quota(long remaining, Optional<Instant> reset) {
    /** Checks the reset is not null. */
    public Quota {
      Checks.notNull("reset", reset);
    }
  }

  /** The quota the headers report, or empty. */
  Optional<Quota> read(ResponseHeaders headers);

  /** Reads nothing: the operation paces on 429 answers alone. */
  static QuotaReader none() {
    return headers -> Optional.empty();
  }

  /**
   * Reads the smallest of the {@code remaining} headers as the calls left, and {@code reset} as the
   * window's end in epoch milliseconds; headers that are absent or not numbers are ignored.
   */
  static QuotaReader remainingAndResetMillis(String reset, String... remaining) {
    Checks.headerName(reset);
    Checks.notNull("remaining", remaining);
    List<String> names =
        List.copyOf(Checks.minItems("remaining", java.util.Arrays.asList(remaining), 1));
    names.forEach(Checks::headerName);
    return headers -> {
      Long least = null;
      for (String name : names) {
        Long value = number(headers, name);
        if (value != null && (least == null || value < least)) {
          least = value;
        }
      }
      if (least == null) {
        return Optional.empty();
      }
      Long resetMillis = number(headers, reset);
      return Optional.of(
          new Quota(
              least,
              resetMillis == null
                  ? Optional.empty()
                  : Optional.of(Instant.ofEpochMilli(resetMillis))));
    };
  }

  private static Long number(ResponseHeaders headers, String name) {
    Optional<String> value = headers.first(name);
    if (value.isEmpty()) {
      return null;
    }
    try {
      String text = value.get().trim();
      return text.contains(".") ? (long) Double.parseDouble(text) : Long.parseLong(text);
    } catch (NumberFormatException unreadable) {
      return null;
    }
  }
}
