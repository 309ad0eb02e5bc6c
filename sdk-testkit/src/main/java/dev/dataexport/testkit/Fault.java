package dev.dataexport.testkit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A failure a fake injects instead of (or before) its normal answer: an error status with headers,
 * a delay, or a dropped connection. Immutable.
 */
public final class Fault {
  /** What kind of failure. */
  public enum Kind {
    /** Answer with a status (in the vendor's error shape) and headers. */
    STATUS,
    /** Wait, then answer normally. */
    DELAY,
    /** Read the request, then close the connection without an answer. */
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
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 4xx or 5xx, was " + status);
    }
    if (headerNamesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("headers must be name/value pairs");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 0; i < headerNamesAndValues.length; i += 2) {
      headers.put(headerNamesAndValues[i], headerNamesAndValues[i + 1]);
    }
    return new Fault(Kind.STATUS, status, headers, Duration.ZERO);
  }

  /** Waits {@code delay} before answering normally (use it to trigger client timeouts). */
  public static Fault delay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    return new Fault(Kind.DELAY, 0, Map.of(), delay);
  }

  /** Reads the request and closes the connection without answering. */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, Map.of(), Duration.ZERO);
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** The status of a {@link Kind#STATUS} fault. */
  public int status() {
    return status;
  }

  /** The headers of a {@link Kind#STATUS} fault. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The wait of a {@link Kind#DELAY} fault. */
  public Duration delay() {
    return delay;
  }

  @Override
  public String toString() {
    return kind == Kind.STATUS
        ? "HTTP " + status + " " + headers
        : kind == Kind.DELAY ? "delay " + delay : "drop";
  }
}
