package dev.dataexport.core;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Checks;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The options every vendor client shares: base URL, timeouts, retries, User-Agent, default headers,
 * an optional OkHttpClient, clock, sleeper and logging. Vendor builders extend it and add their
 * credentials. Not thread-safe.
 *
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /** Default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default read and write timeout: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** Default time one attempt may take (connect, write, wait, read): 60 s. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);

  /** Default total time of a call, every attempt and every wait between them: 3 min. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);

  /**
   * Default largest response body read: 64 MiB, twice Prequel's 32 MB request limit and far above a
   * 10,000-destination Stigg list (about 5 MB).
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  private String baseUrl;
  private boolean allowInsecureHttp;
  private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = DEFAULT_READ_TIMEOUT;
  private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
  private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
  private boolean timeoutsExplicit;
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private String applicationName;
  private String applicationVersion;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private OkHttpClient okHttpClient;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private LogLevel logLevel;
  private final List<CallListener> listeners = new ArrayList<>(0);

  /**
   * For subclasses.
   *
   * @throws IllegalStateException at once, naming the version found and the fix, when the class
   *     path holds a Jackson older than 2.15.0 or no OkHttp classes (the empty {@code okhttp} 5.x
   *     artifact without {@code okhttp-jvm})
   */
  protected ClientBuilder() {
    RuntimeSupport.require();
  }

  /** Returns this builder as its concrete type. */
  protected abstract B self();

  /**
   * Sets the base URL, for example a regional or self-hosted instance. It must be {@code https};
   * plain {@code http} is accepted only for loopback hosts (127.0.0.1, ::1, localhost) or after
   * {@link #allowInsecureHttp()}.
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return self();
  }

  /**
   * Accepts a plain {@code http} base URL on a non-loopback host; credentials then travel
   * unencrypted.
   */
  public B allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return self();
  }

  /** Sets the connect timeout (positive); default 10 s. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive("connectTimeout", timeout);
    this.timeoutsExplicit = true;
    return self();
  }

  /** Sets the read and write timeout (positive); default 30 s. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive("readTimeout", timeout);
    this.timeoutsExplicit = true;
    return self();
  }

  /**
   * Sets the total time a call may take, every attempt and every wait between them included
   * (positive); default 3 min. A call that runs out of it stops retrying and fails with an {@code
   * ApiConnectionException.Timeout} that names this limit.
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive("callTimeout", timeout);
    return self();
  }

  /**
   * Sets the time one attempt may take, from connecting to the last byte read (positive); default
   * 60 s. An attempt that runs out of it is retried like any timeout.
   */
  public B attemptTimeout(Duration timeout) {
    this.attemptTimeout = positive("attemptTimeout", timeout);
    this.timeoutsExplicit = true;
    return self();
  }

  /**
   * Sets the largest response body the client reads, in bytes (positive); default 64 MiB. A larger
   * body fails with an {@code InvalidResponseException} after at most this much was read.
   */
  public B maxResponseBytes(long maxResponseBytes) {
    this.maxResponseBytes = positiveSize(maxResponseBytes);
    return self();
  }

  static long positiveSize(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
    }
    return bytes;
  }

  /** Sets the retry policy; default {@link RetryPolicy#defaults()} (2 retries). */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * Shorthand for a retry policy with {@code maxRetries} retries and otherwise default settings.
   */
  public B maxRetries(int maxRetries) {
    this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
    return self();
  }

  /**
   * Puts {@code name/version} in front of the SDK's User-Agent, for example {@code
   * billing-sync/2.3}.
   */
  public B application(String name, String version) {
    this.applicationName = token("application name", name);
    this.applicationVersion = token("application version", version);
    return self();
  }

  /** Adds a header sent with every call; per-call headers of the same name replace it. */
  public B defaultHeader(String name, String value) {
    Checks.header(name, value);
    defaultHeaders.put(name, value);
    return self();
  }

  /**
   * Uses a configured OkHttpClient (proxy, TLS, interceptors, pool, dispatcher). The SDK derives
   * its client with {@code newBuilder()}, so the pool, dispatcher, interceptors and settings are
   * shared and kept, with three exceptions on the derived copy only: timeouts are replaced when set
   * on this builder, and OkHttp's silent retry on connection failure and its redirect following are
   * turned off (the SDK retries by its own rules and never follows a redirect, see the README). The
   * SDK never closes or shuts down the supplied client.
   */
  public B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * Sets the clock used to turn HTTP-date and reset-time headers into waits; default UTC system
   * clock.
   */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /** Sets what waits between retries; default really sleeps. Tests inject one that does not. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Sets how much is logged; default {@link LogLevel#fromEnvironment()} (off unless configured).
   */
  public B logLevel(LogLevel logLevel) {
    this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
    return self();
  }

  /**
   * Adds a listener told of every call's start, attempts, retries, rate-limit waits and end (for
   * metrics and tracing); several may be added and are called in the order added. None by default.
   */
  public B addListener(CallListener listener) {
    listeners.add(Checks.notNull("listener", listener));
    return self();
  }

  /**
   * Reads the required environment variable {@code name} for a vendor's {@code fromEnv}.
   *
   * @param what what the variable must hold, for the error message (for example "a Stigg server API
   *     key")
   * @throws IllegalStateException naming the variable (never a value) when it is missing or blank
   */
  protected static String requiredVariable(Map<String, String> env, String name, String what) {
    Objects.requireNonNull(env, "env");
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set; set it to " + what);
    }
    return value;
  }

  /** Sets the base URL from the environment variable {@code name} when it is set and not blank. */
  protected final B baseUrlFromVariable(Map<String, String> env, String name) {
    String value = Objects.requireNonNull(env, "env").get(name);
    if (value != null && !value.isBlank()) {
      baseUrl(value.strip());
    }
    return self();
  }

  /**
   * Resolves the options for a vendor client.
   *
   * @param credentials the vendor's credentials, already validated
   * @param defaultBaseUrl the vendor's base URL when none was set
   */
  protected final ClientOptions buildOptions(Credentials credentials, String defaultBaseUrl) {
    Objects.requireNonNull(credentials, "credentials");
    HttpUrl url = parseBaseUrl(baseUrl != null ? baseUrl : defaultBaseUrl, allowInsecureHttp);
    return new ClientOptions(
        url,
        credentials,
        connectTimeout,
        readTimeout,
        callTimeout,
        attemptTimeout,
        timeoutsExplicit,
        maxResponseBytes,
        retryPolicy,
        ClientOptions.UserAgent.of(applicationName, applicationVersion),
        defaultHeaders,
        okHttpClient,
        clock,
        sleeper,
        logLevel != null ? logLevel : LogLevel.fromEnvironment(),
        listeners);
  }

  static HttpUrl parseBaseUrl(String value, boolean allowInsecureHttp) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        // OkHttp would trim or encode it silently; a stray space usually means a pasted value.
        throw new IllegalArgumentException(
            "baseUrl must not contain whitespace or control characters; found one at index " + i);
      }
    }
    if (value.indexOf('#') >= 0) {
      throw new IllegalArgumentException("baseUrl must not have a fragment (#...)");
    }
    HttpUrl url = HttpUrl.parse(value);
    if (url == null) {
      // Echo the value only when it cannot hold user info (a credential) before the host.
      throw new IllegalArgumentException(
          "baseUrl must be an absolute http(s) URL"
              + (value.indexOf('@') < 0 ? ", was '" + value + "'" : ""));
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not have a query or fragment, was '" + url.redact() + "'");
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      // Never echo the URL here: its user info may be a credential.
      throw new IllegalArgumentException(
          "baseUrl must not contain user info; use the client's credentials");
    }
    if (url.scheme().equals("http") && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl must use https (plain http is allowed only for loopback hosts or after allowInsecureHttp()), was '"
              + url
              + "'");
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      return true;
    }
    // Only literal addresses (HttpUrl canonicalises IPv4 to digits and dots, IPv6 to hex and
    // colons) are checked, so InetAddress never resolves a name here. Plain loops, not streams:
    // this runs at every client start, and streams load a dozen classes for it.
    boolean ipv4 = !host.isEmpty();
    for (int i = 0; i < host.length() && ipv4; i++) {
      char c = host.charAt(i);
      ipv4 = (c >= '0' && c <= '9') || c == '.';
    }
    boolean ipv6 = host.indexOf(':') >= 0;
    if (ipv4 || ipv6) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (java.net.UnknownHostException e) {
        return false;
      }
    }
    return false;
  }

  private static Duration positive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static String token(String what, String value) {
    Objects.requireNonNull(value, what);
    if (!Checks.isToken(value)) {
      throw new IllegalArgumentException(
          what + " must be a non-empty token without spaces or separators, was '" + value + "'");
    }
    return value;
  }

  /**
   * The runtime versions a client needs, checked once per class loader before the first client is
   * built, so a wrong version fails here with the fix instead of deep inside a call.
   */
  static final class RuntimeSupport {
    /** The oldest Jackson the SDK runs on: it reads trees with {@code ObjectNode.properties()}. */
    static final String JACKSON_FLOOR = "2.15.0";

    private static final int FLOOR_MAJOR = 2;
    private static final int FLOOR_MINOR = 15;
    private static final String PROBLEM = findProblem(RuntimeSupport.class.getClassLoader());

    private RuntimeSupport() {}

    static void require() {
      if (PROBLEM != null) {
        throw new IllegalStateException(PROBLEM);
      }
    }

    static String findProblem(ClassLoader loader) {
      String jackson =
          jacksonProblem(
              "jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
      if (jackson == null) {
        jackson =
            jacksonProblem("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
      }
      return jackson != null ? jackson : okHttpProblem(loader);
    }

    /** Null when {@code found} is at the floor or newer, else what to do about it. */
    static String jacksonProblem(String artifact, com.fasterxml.jackson.core.Version found) {
      int major = found.getMajorVersion();
      int minor = found.getMinorVersion();
      if (major > FLOOR_MAJOR || (major == FLOOR_MAJOR && minor >= FLOOR_MINOR)) {
        return null;
      }
      return "dataexport-java needs Jackson "
          + JACKSON_FLOOR
          + " or newer, but "
          + artifact
          + " "
          + found
          + " is on the class path: import com.fasterxml.jackson:jackson-bom "
          + JACKSON_FLOOR
          + " or newer in your dependencyManagement (or drop the pin that holds Jackson back)";
    }

    /** Null when OkHttp's classes load, else which artifact is there instead and the fix. */
    static String okHttpProblem(ClassLoader loader) {
      try {
        Class.forName("okhttp3.OkHttpClient", false, loader);
        return null;
      } catch (ClassNotFoundException | LinkageError e) {
        String empty = emptyOkHttpVersion(loader);
        if (empty != null) {
          return "dataexport-java found com.squareup.okhttp3:okhttp "
              + empty
              + ", which has no classes for Maven builds since OkHttp 5: add"
              + " com.squareup.okhttp3:okhttp-jvm "
              + empty
              + " (or import com.squareup.okhttp3:okhttp-bom "
              + empty
              + " and depend on okhttp-jvm), as the README's OkHttp 5 section shows";
        }
        return "dataexport-java found no OkHttp on the class path (okhttp3.OkHttpClient is"
            + " missing): depend on com.squareup.okhttp3:okhttp 4.12.0 or on okhttp-jvm 5.x";
      }
    }

    /** The version of a class-less {@code okhttp-5.x.jar} on the class path, read off its name. */
    static String emptyOkHttpVersion(ClassLoader loader) {
      try {
        java.util.Enumeration<java.net.URL> metadata =
            loader.getResources("META-INF/kotlin-project-structure-metadata.json");
        while (metadata.hasMoreElements()) {
          String url = metadata.nextElement().toString();
          int end = url.lastIndexOf(".jar!");
          int start = url.lastIndexOf("/okhttp-", end);
          if (end > 0 && start >= 0 && Character.isDigit(url.charAt(start + 8))) {
            return url.substring(start + 8, end);
          }
        }
      } catch (java.io.IOException e) {
        // Only the message loses the version; the missing classes are reported all the same.
      }
      return null;
    }
  }
}
