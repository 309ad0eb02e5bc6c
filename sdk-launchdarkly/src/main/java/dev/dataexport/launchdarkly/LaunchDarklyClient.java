package dev.dataexport.launchdarkly;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.launchdarkly.internal.LaunchDarklyProfile;
import dev.dataexport.launchdarkly.internal.ResetWait;
import java.util.Map;
import java.util.Objects;

/**
 * A client of LaunchDarkly's Data Export destination API. The access token is sent as is in {@code
 * Authorization} (no {@code Bearer}) and only to the base URL's origin; {@code LD-API-Version} is
 * sent on every call. Immutable, thread-safe and meant to be built once per process; {@link
 * #close()} releases its connections.
 *
 * <pre>{@code
 * try (LaunchDarklyClient ld = LaunchDarklyClient.fromEnv()) {
 *   Destination d = ld.destinations().update("proj", "production", "dest-id",
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
  public static final String ENV_ACCESS_TOKEN = "LAUNCHDARKLY_ACCESS_TOKEN";

  /** The optional environment variable holding the base URL. */
  public static final String ENV_BASE_URL = "LAUNCHDARKLY_BASE_URL";

  /** Default number of re-reads after a lost race in {@code update}. */
  public static final int DEFAULT_UPDATE_RETRIES = 3;

  private final Transport executor;
  private final String apiVersion;
  private final Destinations destinations;

  private LaunchDarklyClient(Transport executor, String apiVersion, int updateRetries) {
    this.executor = executor;
    this.apiVersion = apiVersion;
    this.destinations = new Destinations(new RawDestinations(executor), updateRetries);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the process environment: {@value #ENV_ACCESS_TOKEN} (required) and
   * {@value #ENV_BASE_URL} (optional).
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

  /** The destination calls. */
  public Destinations destinations() {
    return destinations;
  }

  /** The resolved options (credentials masked in {@code toString()}). */
  public ClientOptions options() {
    return executor.options();
  }

  /** The API version sent in {@code LD-API-Version}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Releases the connections and threads the client created; later calls fail. Idempotent. */
  @Override
  public void close() {
    executor.close();
  }

  @Override
  public String toString() {
    return "LaunchDarklyClient{baseUrl="
        + executor.options().baseUrl()
        + ", apiVersion="
        + apiVersion
        + ", credentials="
        + executor.options().credentials()
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
     * @throws IllegalArgumentException when blank or holding control characters (the message never
     *     shows it)
     */
    public Builder accessToken(String accessToken) {
      this.credentials = Credentials.authorization(accessToken);
      return this;
    }

    /**
     * Sets the {@code LD-API-Version} header; default {@value
     * LaunchDarklyClient#DEFAULT_API_VERSION}.
     */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion");
      if (apiVersion.isEmpty()
          || !apiVersion.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80)) {
        throw new IllegalArgumentException(
            "apiVersion must be letters and digits such as 20240415 or beta, was '"
                + apiVersion
                + "'");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Sets how many times {@code update} re-reads and tries again after losing a race to a
     * concurrent change; default 3, 0 disables.
     */
    public Builder updateRetries(int updateRetries) {
      if (updateRetries < 0) {
        throw new IllegalArgumentException("updateRetries must be >= 0, was " + updateRetries);
      }
      this.updateRetries = updateRetries;
      return this;
    }

    /**
     * Reads {@value LaunchDarklyClient#ENV_ACCESS_TOKEN} (required) and {@value
     * LaunchDarklyClient#ENV_BASE_URL} (optional) from {@code env}.
     *
     * @throws IllegalStateException when the token variable is missing or blank
     */
    public Builder fromEnv(Map<String, String> env) {
      accessToken(requiredVariable(env, ENV_ACCESS_TOKEN, "a LaunchDarkly access token"));
      return baseUrlFromVariable(env, ENV_BASE_URL);
    }

    /** Replaces the wait computed from {@code X-Ratelimit-Reset} after a 429; for tests. */
    Builder rateLimitWait(VendorProfile.RateLimitWait rateLimitWait) {
      this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no access token was set
     */
    public LaunchDarklyClient build() {
      if (credentials == null) {
        throw new IllegalStateException(
            "an access token is required: call accessToken(...) or use fromEnv() with "
                + ENV_ACCESS_TOKEN);
      }
      ClientOptions options = buildOptions(credentials, DEFAULT_BASE_URL);
      return new LaunchDarklyClient(
          new Transport(options, LaunchDarklyProfile.create(apiVersion, rateLimitWait)),
          apiVersion,
          updateRetries);
    }
  }
}
