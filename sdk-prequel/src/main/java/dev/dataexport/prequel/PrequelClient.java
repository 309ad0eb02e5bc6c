package dev.dataexport.prequel;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.prequel.internal.Envelope;
import java.util.Map;
import java.util.Objects;

/**
 * The Prequel API client. Sends {@code X-API-KEY} and {@code X-Prequel-Api-Version} on every call.
 * Immutable, thread-safe and meant to be built once per process; {@link #close()} releases its
 * connections.
 *
 * <pre>{@code
 * try (PrequelClient prequel = PrequelClient.fromEnv()) {
 *   Destination d = prequel.destinations().update("dest-id",
 *       DestinationUpdate.builder().frequencyMinutes(60).build());
 * }
 * }</pre>
 */
public final class PrequelClient implements AutoCloseable {
  /** Prequel's US API, the default base URL. */
  public static final String US_BASE_URL = "https://api.prequel.co";

  /** Prequel's EU API. */
  public static final String EU_BASE_URL = "https://eu-api.prequel.co";

  /** The API version sent by default in {@value #API_VERSION_HEADER}. */
  public static final String DEFAULT_API_VERSION = "2023-12-01";

  /** The header carrying the API key. */
  public static final String API_KEY_HEADER = "X-API-KEY";

  /** The header carrying the API version. */
  public static final String API_VERSION_HEADER = "X-Prequel-Api-Version";

  /** The environment variable {@link #fromEnv()} reads the API key from. */
  public static final String API_KEY_ENV = "PREQUEL_API_KEY";

  /** The optional environment variable {@link #fromEnv()} reads the base URL from. */
  public static final String BASE_URL_ENV = "PREQUEL_BASE_URL";

  private final Transport executor;
  private final String apiVersion;
  private final Destinations destinations;

  private PrequelClient(Transport executor, String apiVersion) {
    this.executor = executor;
    this.apiVersion = apiVersion;
    this.destinations = new Destinations(new DestinationsWithRawResponse(executor));
  }

  /** A new builder; an API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@value #API_KEY_ENV} and, when set, {@value #BASE_URL_ENV}.
   *
   * @throws IllegalStateException when {@value #API_KEY_ENV} is not set
   */
  public static PrequelClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Like {@link #fromEnv()} but reading the given variables (for tests).
   *
   * @throws IllegalStateException when {@value #API_KEY_ENV} is missing or blank
   */
  public static PrequelClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** Destination calls. */
  public Destinations destinations() {
    return destinations;
  }

  /** The resolved options (base URL, timeouts, retries...); credentials print masked. */
  public ClientOptions options() {
    return executor.options();
  }

  /** The API version sent in {@value #API_VERSION_HEADER}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Releases connections and threads the client created; later calls fail. Idempotent. */
  @Override
  public void close() {
    executor.close();
  }

  @Override
  public String toString() {
    return "PrequelClient{baseUrl="
        + executor.options().baseUrl()
        + ", apiVersion="
        + apiVersion
        + "}";
  }

  /**
   * Builds a {@link PrequelClient}; not thread-safe. Defaults: {@link #US_BASE_URL}, {@link
   * #DEFAULT_API_VERSION}.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credentials credentials;
    private String apiVersion = DEFAULT_API_VERSION;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Whether {@code value} is non-empty visible ASCII (no spaces, no control characters). */
    private static boolean isVisibleAscii(String value) {
      if (value.isEmpty()) {
        return false;
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          return false;
        }
      }
      return true;
    }

    /**
     * Takes the API key from {@value #API_KEY_ENV} and, when set, the base URL from {@value
     * #BASE_URL_ENV}.
     *
     * @throws IllegalStateException when {@value #API_KEY_ENV} is missing or blank
     */
    public Builder fromEnv(Map<String, String> env) {
      apiKey(requiredVariable(env, API_KEY_ENV, "a Prequel API key (sk_...)"));
      return baseUrlFromVariable(env, BASE_URL_ENV);
    }

    /**
     * Sets the API key sent in {@value #API_KEY_HEADER} (checked now; the message never contains
     * it).
     */
    public Builder apiKey(String apiKey) {
      this.credentials = Credentials.apiKey(API_KEY_HEADER, apiKey);
      return this;
    }

    /** Sets the {@value #API_VERSION_HEADER} value; default {@value #DEFAULT_API_VERSION}. */
    public Builder apiVersion(String apiVersion) {
      Objects.requireNonNull(apiVersion, "apiVersion must not be null");
      if (!isVisibleAscii(apiVersion)) {
        throw new IllegalArgumentException(
            "apiVersion must be a non-blank token, was '" + apiVersion + "'");
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when no API key was set
     */
    public PrequelClient build() {
      if (credentials == null) {
        throw new IllegalStateException("apiKey is required (or use PrequelClient.fromEnv())");
      }
      VendorProfile profile =
          VendorProfile.builder("prequel")
              .fixedHeader(API_VERSION_HEADER, apiVersion)
              .errorParser(Envelope::parseError)
              .sensitiveFields(
                  "shared_access_signature_token",
                  "storage_account_access_key",
                  "wallet",
                  "access_id")
              .build();
      return new PrequelClient(
          new Transport(buildOptions(credentials, US_BASE_URL), profile), apiVersion);
    }
  }
}
