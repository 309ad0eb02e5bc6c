package dev.dataexport.core;

import dev.dataexport.core.spi.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The resolved settings of one client, produced by a {@link ClientBuilder}. Immutable and
 * thread-safe; {@code toString()} masks the credentials.
 */
public final class ClientOptions {
  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final boolean timeoutsExplicit;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final Map<String, String> defaultHeaders;
  private final OkHttpClient okHttpClient;
  private final Clock clock;
  private final Sleeper sleeper;
  private final LogLevel logLevel;

  ClientOptions(
      HttpUrl baseUrl,
      Credentials credentials,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      boolean timeoutsExplicit,
      RetryPolicy retryPolicy,
      String userAgent,
      Map<String, String> defaultHeaders,
      OkHttpClient okHttpClient,
      Clock clock,
      Sleeper sleeper,
      LogLevel logLevel) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.callTimeout = callTimeout;
    this.timeoutsExplicit = timeoutsExplicit;
    this.retryPolicy = retryPolicy;
    this.userAgent = userAgent;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
    this.okHttpClient = okHttpClient;
    this.clock = clock;
    this.sleeper = sleeper;
    this.logLevel = logLevel;
  }

  /** The base URL every path is appended to. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The credentials sent with every call to the base URL's host. */
  public Credentials credentials() {
    return credentials;
  }

  /** The connect timeout; default 10 s. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read (and write) timeout; default 30 s. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The whole-call timeout of each attempt; default 60 s. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Whether the timeouts were set on the builder (they then apply to a supplied OkHttpClient too).
   */
  public boolean timeoutsExplicit() {
    return timeoutsExplicit;
  }

  /** The retry policy; default {@link RetryPolicy#defaults()}. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The full User-Agent header value. */
  public String userAgent() {
    return userAgent;
  }

  /** Headers sent with every call. */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /** The OkHttpClient the caller supplied, or null when the SDK creates (and owns) its own. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** The clock used for HTTP-date and reset-time waits. */
  public Clock clock() {
    return clock;
  }

  /** The sleeper used between retries. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** How much is logged. */
  public LogLevel logLevel() {
    return logLevel;
  }

  /**
   * A builder holding these options, to derive changed ones (see {@code withOptions} on each
   * client); the base URL, credentials and OkHttpClient stay those of this client.
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Describes the options with the credentials masked and header values left out. */
  @Override
  public String toString() {
    return "ClientOptions{baseUrl="
        + baseUrl
        + ", credentials="
        + credentials
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", userAgent="
        + userAgent
        + ", defaultHeaders="
        + defaultHeaders.keySet()
        + ", okHttpClient="
        + (okHttpClient == null ? "own" : "supplied")
        + ", logLevel="
        + logLevel
        + "}";
  }

  /**
   * Changes the options of an existing client for a derived one: timeouts, retries, default
   * headers, logging, clock and sleeper. Not thread-safe.
   */
  public static final class Builder {
    private final ClientOptions from;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private boolean timeoutsExplicit;
    private RetryPolicy retryPolicy;
    private final Map<String, String> defaultHeaders;
    private Clock clock;
    private Sleeper sleeper;
    private LogLevel logLevel;

    private Builder(ClientOptions from) {
      this.from = from;
      this.connectTimeout = from.connectTimeout;
      this.readTimeout = from.readTimeout;
      this.callTimeout = from.callTimeout;
      this.timeoutsExplicit = from.timeoutsExplicit;
      this.retryPolicy = from.retryPolicy;
      this.defaultHeaders = new LinkedHashMap<>(from.defaultHeaders);
      this.clock = from.clock;
      this.sleeper = from.sleeper;
      this.logLevel = from.logLevel;
    }

    /** Sets the connect timeout (positive). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Checks.positive("connectTimeout", timeout);
      this.timeoutsExplicit = true;
      return this;
    }

    /** Sets the read and write timeout (positive). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Checks.positive("readTimeout", timeout);
      this.timeoutsExplicit = true;
      return this;
    }

    /** Sets the whole-call timeout of each attempt (positive). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Checks.positive("callTimeout", timeout);
      this.timeoutsExplicit = true;
      return this;
    }

    /** Sets the retry policy. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Checks.notNull("retryPolicy", retryPolicy);
      return this;
    }

    /** Keeps the retry policy but with {@code maxRetries} retries (0 or more). */
    public Builder maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
      return this;
    }

    /** Adds or replaces a header sent with every call. */
    public Builder defaultHeader(String name, String value) {
      Checks.header(name, value);
      defaultHeaders.put(name, value);
      return this;
    }

    /** Sets how much is logged. */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Checks.notNull("logLevel", logLevel);
      return this;
    }

    /** Sets the clock used for HTTP-date and reset-time waits. */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull("clock", clock);
      return this;
    }

    /** Sets what waits between retries. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Checks.notNull("sleeper", sleeper);
      return this;
    }

    /** Builds the changed options. */
    public ClientOptions build() {
      return new ClientOptions(
          from.baseUrl,
          from.credentials,
          connectTimeout,
          readTimeout,
          callTimeout,
          timeoutsExplicit,
          retryPolicy,
          from.userAgent,
          defaultHeaders,
          from.okHttpClient,
          clock,
          sleeper,
          logLevel);
    }
  }
}
