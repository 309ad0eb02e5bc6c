package dev.dataexport.core;

import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
  private final Duration attemptTimeout;
  private final boolean timeoutsExplicit;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final String userAgent;
  private final Map<String, String> defaultHeaders;
  private final OkHttpClient okHttpClient;
  private final Clock clock;
  private final Sleeper sleeper;
  private final LogLevel logLevel;
  private final List<CallListener> listeners;

  ClientOptions(
      HttpUrl baseUrl,
      Credentials credentials,
      Duration connectTimeout,
      Duration readTimeout,
      Duration callTimeout,
      Duration attemptTimeout,
      boolean timeoutsExplicit,
      long maxResponseBytes,
      RetryPolicy retryPolicy,
      String userAgent,
      Map<String, String> defaultHeaders,
      OkHttpClient okHttpClient,
      Clock clock,
      Sleeper sleeper,
      LogLevel logLevel,
      List<CallListener> listeners) {
    this.baseUrl = baseUrl;
    this.credentials = credentials;
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.callTimeout = callTimeout;
    this.attemptTimeout = attemptTimeout;
    this.timeoutsExplicit = timeoutsExplicit;
    this.maxResponseBytes = maxResponseBytes;
    this.retryPolicy = retryPolicy;
    this.userAgent = userAgent;
    this.defaultHeaders = Map.copyOf(defaultHeaders);
    this.okHttpClient = okHttpClient;
    this.clock = clock;
    this.sleeper = sleeper;
    this.logLevel = logLevel;
    this.listeners = List.copyOf(listeners);
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

  /**
   * The total time a call may take, all attempts and the waits between them included; default 3
   * min. A call out of time stops retrying.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The time one attempt may take (connect, write, wait, read); default 60 s. */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /**
   * The largest response body read, in bytes; default 64 MiB. A larger body fails the call with an
   * {@code InvalidResponseException} once the limit is passed, without reading the rest.
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
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

  /** The call listeners, in the order they are called; empty by default. */
  public List<CallListener> listeners() {
    return listeners;
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
        + ", attemptTimeout="
        + attemptTimeout
        + ", maxResponseBytes="
        + maxResponseBytes
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
        + ", listeners="
        + listeners.size()
        + "}";
  }

  /**
   * Changes the options of an existing client for a derived one: timeouts, retries, default
   * headers, logging, clock, sleeper and listeners. Not thread-safe.
   */
  public static final class Builder {
    private final ClientOptions from;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration callTimeout;
    private Duration attemptTimeout;
    private boolean timeoutsExplicit;
    private long maxResponseBytes;
    private RetryPolicy retryPolicy;
    private final Map<String, String> defaultHeaders;
    private Clock clock;
    private Sleeper sleeper;
    private LogLevel logLevel;
    private final List<CallListener> listeners;

    private Builder(ClientOptions from) {
      this.from = from;
      this.connectTimeout = from.connectTimeout;
      this.readTimeout = from.readTimeout;
      this.callTimeout = from.callTimeout;
      this.attemptTimeout = from.attemptTimeout;
      this.timeoutsExplicit = from.timeoutsExplicit;
      this.maxResponseBytes = from.maxResponseBytes;
      this.retryPolicy = from.retryPolicy;
      this.defaultHeaders = new LinkedHashMap<>(from.defaultHeaders);
      this.clock = from.clock;
      this.sleeper = from.sleeper;
      this.logLevel = from.logLevel;
      this.listeners = new ArrayList<>(from.listeners);
    }

    /** Adds a call listener after the ones the client already has. */
    public Builder addListener(CallListener listener) {
      listeners.add(Checks.notNull("listener", listener));
      return this;
    }

    /** Removes every call listener, those of the client included. */
    public Builder clearListeners() {
      listeners.clear();
      return this;
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

    /** Sets the total time of a call, all attempts and waits included (positive). */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Checks.positive("callTimeout", timeout);
      return this;
    }

    /** Sets the time one attempt may take (positive). */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = Checks.positive("attemptTimeout", timeout);
      this.timeoutsExplicit = true;
      return this;
    }

    /** Sets the largest response body read, in bytes (positive). */
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = ClientBuilder.positiveSize(maxResponseBytes);
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
          attemptTimeout,
          timeoutsExplicit,
          maxResponseBytes,
          retryPolicy,
          from.userAgent,
          defaultHeaders,
          from.okHttpClient,
          clock,
          sleeper,
          logLevel,
          listeners);
    }
  }

  /**
   * Builds the {@code User-Agent} header: {@code [app/version ]dataexport-java/<version> (Java
   * <version>; <os>)}.
   */
  static final class UserAgent {
    private static final String SDK =
        "dataexport-java/"
            + SdkVersion.VALUE
            + " (Java "
            + printable(System.getProperty("java.version"))
            + "; "
            + printable(System.getProperty("os.name"))
            + ")";

    private UserAgent() {}

    static String of(String applicationName, String applicationVersion) {
      return applicationName == null ? SDK : applicationName + "/" + applicationVersion + " " + SDK;
    }

    /**
     * Replaces what OkHttp refuses in a header value, so an exotic system property cannot break
     * every call.
     */
    static String printable(String value) {
      if (value == null) {
        return "unknown";
      }
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        out.append(c >= 0x20 && c <= 0x7e ? c : '?');
      }
      return out.toString();
    }

    /** The SDK version, read once from the resource Maven fills in at build time. */
    static final class SdkVersion {
      static final String VALUE = read();

      private SdkVersion() {}

      private static String read() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
          if (in == null) {
            return "unknown";
          }
          Properties properties = new Properties();
          properties.load(in);
          return properties.getProperty("version", "unknown");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * How much the SDK logs through {@link System.Logger} (logger {@code dev.dataexport.http}).
   * Default {@link #OFF}, unless the system property {@code dataexport.log} or the environment
   * variable {@code DATAEXPORT_LOG} says {@code info} or {@code debug}; your logging backend's own
   * level still filters the lines.
   */
  public enum LogLevel {
    /** Nothing is logged. */
    OFF,
    /** One line per call at INFO: method, path, status, attempts, duration. */
    INFO,
    /**
     * The INFO line plus, at DEBUG, headers and bodies with credentials and secret fields masked.
     */
    DEBUG;

    /** The level chosen by {@code dataexport.log} / {@code DATAEXPORT_LOG}, or {@link #OFF}. */
    public static LogLevel fromEnvironment() {
      String value = System.getProperty("dataexport.log");
      if (value == null) {
        value = System.getenv("DATAEXPORT_LOG");
      }
      if (value == null) {
        return OFF;
      }
      switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "info":
          return INFO;
        case "debug":
          return DEBUG;
        default:
          return OFF;
      }
    }
  }
}
