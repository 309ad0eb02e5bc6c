package dev.dataexport.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failure a fake injects instead of (or before) its normal answer: an error status with headers,
 * a redirect, a delay, or a dropped connection. Immutable and thread-safe.
 */
public final class Fault {
  /** What kind of failure. */
  public enum Kind {
    /** Answer with a status (in the vendor's error shape) and headers. */
    STATUS,
    /**
     * Answer with a 3xx status, a {@code Location} header and an empty body, so a test can prove
     * its code does not follow it.
     */
    REDIRECT,
    /** Wait, then answer normally. */
    DELAY,
    /**
     * Read the request, then close the connection without an answer; the warning MockWebServer
     * would log about it is kept out of the test's output.
     */
    DROP_CONNECTION
  }

  private final Kind kind;
  private final int status;
  private final Map<String, String> headers;
  private final Duration delay;

  private Fault(Kind kind, int status, Map<String, String> headers, Duration delay) {
    this.kind = kind;
    this.status = status;
    this.headers = Map.copyOf(headers);
    this.delay = delay;
  }

  /**
   * HTTP 429 with the given headers, as name/value pairs (for example {@code "Retry-After", "1"}).
   */
  public static Fault rateLimited(String... headerNamesAndValues) {
    return status(429, headerNamesAndValues);
  }

  /**
   * An error status (4xx or 5xx) in the vendor's error shape, with the given headers as name/value
   * pairs.
   */
  public static Fault status(int status, String... headerNamesAndValues) {
    if (status >= 300 && status <= 399) {
      throw new IllegalArgumentException(
          "status must be 4xx or 5xx, was " + status + "; use Fault.redirect for a 3xx");
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
    }
    return new Fault(Kind.STATUS, status, pairs(headerNamesAndValues), Duration.ZERO);
  }

  /**
   * A 3xx answer (any of 300 to 399) with {@code Location: location}, the other given headers as
   * name/value pairs, and an empty body; the SDK's clients never follow it, so a test can prove
   * that the code under test does not either.
   */
  public static Fault redirect(int status, String location, String... headerNamesAndValues) {
    if (status < 300 || status > 399) {
      throw new IllegalArgumentException("status must be 3xx, was " + status);
    }
    Objects.requireNonNull(location, "location must not be null");
    if (location.isBlank()) {
      throw new IllegalArgumentException("location must not be blank");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Location", checkedValue("Location", location));
    pairs(headerNamesAndValues)
        .forEach(
            (name, value) -> {
              if (name.equalsIgnoreCase("Location")) {
                throw new IllegalArgumentException(
                    "headers must not repeat Location; it is the location argument");
              }
              headers.put(name, value);
            });
    return new Fault(Kind.REDIRECT, status, headers, Duration.ZERO);
  }

  /**
   * Waits {@code delay} before answering normally (use it to trigger client timeouts); closing the
   * fake ends the wait at once and drops the connection.
   */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new Fault(Kind.DELAY, 0, Map.of(), delay);
  }

  /** Reads the request and closes the connection without answering. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, Map.of(), Duration.ZERO);
  }

  private static Map<String, String> pairs(String... headerNamesAndValues) {
    Objects.requireNonNull(headerNamesAndValues, "headers must not be null");
    if (headerNamesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("headers must be name/value pairs");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      String name =
          Objects.requireNonNull(headerNamesAndValues[i], "header names must not be null");
      String value =
          Objects.requireNonNull(headerNamesAndValues[i + 1], "header values must not be null");
      headers.put(name, checkedValue(name, value));
    }
    return headers;
  }

  private static String checkedValue(String name, String value) {
    if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f))) {
      // Checked here: on the server thread MockWebServer would refuse it with no answer at all.
      throw new IllegalArgumentException(
          "header " + name + " must not contain control characters (CR, LF, ...)");
    }
    return value;
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** The status of a {@link Kind#STATUS} or {@link Kind#REDIRECT} fault; 0 for the others. */
  public int status() {
    return status;
  }

  /**
   * The headers of a {@link Kind#STATUS} or {@link Kind#REDIRECT} fault (a redirect's include
   * {@code Location}).
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** The wait of a {@link Kind#DELAY} fault. */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    switch (kind) {
      case STATUS:
      case REDIRECT:
        return "HTTP " + status + " " + headers;
      case DELAY:
        return "delay " + delay;
      default:
        return "drop";
    }
  }
}
