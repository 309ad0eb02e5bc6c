package dev.dataexport.core;

import dev.dataexport.core.spi.Checks;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call overrides of the client's options: the whole-call timeout of each attempt, the number of
 * retries and extra headers (which replace client default headers of the same name; credentials
 * cannot be overridden here). Immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The whole-call timeout of each attempt, if overridden. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** The retries after the first attempt, if overridden. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Extra headers for this call. */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + headers.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the whole-call timeout of each attempt of this call (positive). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, was " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** Sets the retries after the first attempt for this call (0 or more). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Adds a header for this call; the name must be a valid HTTP token and the value free of CR/LF.
     */
    public Builder header(String name, String value) {
      Checks.header(name, value);
      headers.put(name, value);
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
