package dev.dataexport.core;

import dev.dataexport.core.spi.Checks;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Per-call overrides of the client's options: the call and attempt timeouts, the number of retries
 * and extra headers (which replace client default headers of the same name; credentials cannot be
 * overridden here). Immutable and thread-safe.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = builder().build();

  private final Duration callTimeout;
  private final Duration attemptTimeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<Key<?>, Object> settings;

  private RequestOptions(Builder builder) {
    this.callTimeout = builder.callTimeout;
    this.attemptTimeout = builder.attemptTimeout;
    this.maxRetries = builder.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.settings =
        builder.settings.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.settings));
  }

  /** No overrides. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The total time of this call, all attempts and waits included, if overridden. */
  public Optional<Duration> callTimeout() {
    return Optional.ofNullable(callTimeout);
  }

  /** The time each attempt of this call may take, if overridden. */
  public Optional<Duration> attemptTimeout() {
    return Optional.ofNullable(attemptTimeout);
  }

  /** The retries after the first attempt, if overridden. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Extra headers for this call. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The vendor module's own setting under {@code key}, if set (see {@link Key}); the core never
   * reads these.
   */
  public <T> Optional<T> get(Key<T> key) {
    Checks.notNull("key", key);
    return Optional.ofNullable(key.type.cast(settings.get(key)));
  }

  @Override
  public String toString() {
    return "RequestOptions{callTimeout="
        + callTimeout
        + ", attemptTimeout="
        + attemptTimeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + headers.keySet()
        + (settings.isEmpty() ? "" : ", settings=" + settings.keySet())
        + "}";
  }

  /**
   * The name of a per-call setting that only a vendor module understands (Stigg's idempotency key
   * choice, say): the module declares one constant per setting, its options builder sets it with
   * {@link Builder#set}, and the module reads it back with {@link RequestOptions#get}. Keys compare
   * by identity. Immutable and thread-safe.
   *
   * @param <T> the type of the setting's value
   */
  public static final class Key<T> {
    private final String name;
    private final Class<T> type;

    /** A key named {@code name} (shown by {@code toString()}) whose values are {@code type}. */
    public Key(String name, Class<T> type) {
      this.name = Checks.notBlank("name", name);
      this.type = Checks.notNull("type", type);
    }

    /** The name, as {@code toString()} of the options shows it. */
    @Override
    public String toString() {
      return name;
    }
  }

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {
    private Duration callTimeout;
    private Duration attemptTimeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<Key<?>, Object> settings = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the total time of this call, every attempt and every wait included (positive); a call
     * out of time stops retrying.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Checks.positive("callTimeout", timeout);
      return this;
    }

    /** Sets the time each attempt of this call may take (positive). */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = Checks.positive("attemptTimeout", timeout);
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

    /**
     * Sets a vendor module's own setting (replacing an earlier value of {@code key}); vendor
     * options builders call it, users need not.
     */
    public <T> Builder set(Key<T> key, T value) {
      Checks.notNull("key", key);
      settings.put(key, Checks.notNull(key.name, value));
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
