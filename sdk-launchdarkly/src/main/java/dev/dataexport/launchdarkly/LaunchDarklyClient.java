package dev.dataexport.launchdarkly;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.launchdarkly.internal.LaunchDarklyClientAccess;
import dev.dataexport.launchdarkly.internal.LaunchDarklyProfile;
import dev.dataexport.launchdarkly.internal.ResetWait;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A client of LaunchDarkly's Data Export destination API. The access token is sent as is in {@code
 * Authorization} (no {@code Bearer}) and only to the base URL's origin; {@code LD-API-Version} is
 * sent on every call. Immutable, thread-safe and meant to be built once per process; {@link
 * #close()} releases its connections.
 *
 * <pre>{@code
 * try (LaunchDarklyClient ld = LaunchDarklyClient.fromEnv()) {
 *   Destination d = ld.destinations().update(DestinationKey.of("proj", "production", "dest-id"),
 *       DestinationChange.builder().on(false).build());
 * }
 * }</pre>
 */
public final class LaunchDarklyClient implements AutoCloseable {
  /** The commercial instance, the default base URL. */
  public static final String COMMERCIAL_BASE_URL = "https://app.launchdarkly.com";

  /** The federal instance. */
  public static final String FEDERAL_BASE_URL = "https://app.launchdarkly.us";

  /** The EU instance. */
  public static final String EU_BASE_URL = "https://app.eu.launchdarkly.com";

  /** The default base URL: {@value}. */
  public static final String DEFAULT_BASE_URL = COMMERCIAL_BASE_URL;

  /** The API version sent by default in {@code LD-API-Version}: {@value}. */
  public static final String DEFAULT_API_VERSION = "20240415";

  /** The environment variable holding the access token. */
  public static final String ACCESS_TOKEN_ENV = "LAUNCHDARKLY_ACCESS_TOKEN";

  /** The optional environment variable holding the base URL. */
  public static final String BASE_URL_ENV = "LAUNCHDARKLY_BASE_URL";

  /** Default number of re-reads after a lost race in {@code update}. */
  public static final int DEFAULT_UPDATE_RETRIES = 3;

  static {
    // The fleet package plans an update with the same patch builder update() uses, which is
    // package-private here.
    LaunchDarklyClientAccess.install(SafeUpdate::guardedPatch);
  }

  private final Transport transport;
  private final String apiVersion;
  private final int updateRetries;
  private final Destinations destinations;

  private LaunchDarklyClient(Transport transport, String apiVersion, int updateRetries) {
    this.transport = transport;
    this.apiVersion = apiVersion;
    this.updateRetries = updateRetries;
    this.destinations = new Destinations(transport, updateRetries);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the process environment: {@value #ACCESS_TOKEN_ENV} (required) and
   * {@value #BASE_URL_ENV} (optional).
   *
   * @throws IllegalStateException when the token variable is missing or blank
   */
  public static LaunchDarklyClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Like {@link #fromEnv()}, reading the given variables instead of the process environment (for
   * tests).
   */
  public static LaunchDarklyClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /**
   * A client with changed options (timeouts, retries, default headers, logging, clock, sleeper)
   * that shares this client's connection pool and threads, and keeps its token, base URL, API
   * version and update retries. Closing it leaves this client open; close this client last, as the
   * derived one uses its pool and threads.
   *
   * <pre>{@code
   * LaunchDarklyClient patient = ld.withOptions(o -> o.maxRetries(5));
   * }</pre>
   *
   * @throws IllegalStateException when this client is closed
   */
  public LaunchDarklyClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new LaunchDarklyClient(transport.withOptions(change), apiVersion, updateRetries);
  }

  /** The destination calls. */
  public Destinations destinations() {
    return destinations;
  }

  /** The resolved options (credentials masked in {@code toString()}). */
  public ClientOptions options() {
    return transport.options();
  }

  /** The API version sent in {@code LD-API-Version}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Releases the connections and threads the client created; later calls fail. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  /** Describes the client with the token masked. */
  @Override
  public String toString() {
    return "LaunchDarklyClient{baseUrl="
        + transport.options().baseUrl()
        + ", apiVersion="
        + apiVersion
        + ", credentials="
        + transport.options().credentials()
        + "}";
  }

  /**
   * Builds a {@link LaunchDarklyClient}; the common options come from {@link ClientBuilder}. Not
   * thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials;
    private String apiVersion = DEFAULT_API_VERSION;
    private int updateRetries = DEFAULT_UPDATE_RETRIES;
    private VendorProfile.RateLimitWait rateLimitWait = new ResetWait();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the access token (a personal or service token), sent as is in {@code Authorization}.
     *
     * @throws NullPointerException {@code accessToken must not be null}
     * @throws IllegalArgumentException when blank, holding control characters, or starting with
     *     {@code Bearer } (LaunchDarkly takes the raw token); the message never shows it
     */
    public Builder accessToken(String accessToken) {
      Checks.notNull("accessToken", accessToken);
      if (accessToken.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new IllegalArgumentException(
            "accessToken must be the raw token, without 'Bearer ': LaunchDarkly reads the"
                + " Authorization header as the token itself (use api-... as given)");
      }
      this.credentials = Credentials.authorization(accessToken);
      return this;
    }

    /**
     * Sets the {@code LD-API-Version} header; default {@value
     * LaunchDarklyClient#DEFAULT_API_VERSION}.
     */
    public Builder apiVersion(String apiVersion) {
      Checks.notBlank("apiVersion", apiVersion);
      if (!apiVersion.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80)) {
        throw new IllegalArgumentException(
            "apiVersion must be letters and digits, such as 20240415 or beta");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Sets how many times {@code update} re-reads and tries again after losing a race to a
     * concurrent change; default 3, 0 disables.
     */
    public Builder updateRetries(int updateRetries) {
      this.updateRetries = Checks.atLeast("updateRetries", updateRetries, 0);
      return this;
    }

    /**
     * Reads {@value LaunchDarklyClient#ACCESS_TOKEN_ENV} (required) and {@value
     * LaunchDarklyClient#BASE_URL_ENV} (optional) from {@code env}.
     *
     * @throws IllegalStateException when the token variable is missing or blank
     */
    public Builder fromEnv(Map<String, String> env) {
      Checks.notNull("env", env);
      accessToken(requiredVariable(env, ACCESS_TOKEN_ENV, "a LaunchDarkly access token"));
      return baseUrlFromVariable(env, BASE_URL_ENV);
    }

    /** Replaces the wait computed from {@code X-Ratelimit-Reset} after a 429; for tests. */
    Builder rateLimitWait(VendorProfile.RateLimitWait rateLimitWait) {
      this.rateLimitWait = Checks.notNull("rateLimitWait", rateLimitWait);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException {@code accessToken is required} when no access token was set
     *     (call {@link #accessToken(String)}, or use {@link #fromEnv(Map)} with {@value
     *     LaunchDarklyClient#ACCESS_TOKEN_ENV})
     */
    public LaunchDarklyClient build() {
      Checks.required("accessToken", credentials);
      ClientOptions options = buildOptions(credentials, DEFAULT_BASE_URL);
      return new LaunchDarklyClient(
          new Transport(options, LaunchDarklyProfile.create(apiVersion, rateLimitWait)),
          apiVersion,
          updateRetries);
    }
  }
}
