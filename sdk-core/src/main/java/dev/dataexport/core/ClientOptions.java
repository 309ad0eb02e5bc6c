package dev.dataexport.core;

import java.time.Clock;
import java.time.Duration;
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
}
