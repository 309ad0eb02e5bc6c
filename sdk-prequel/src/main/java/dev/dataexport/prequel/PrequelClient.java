package dev.dataexport.prequel;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.prequel.internal.PrequelProfile;
import java.util.Map;
import java.util.function.Consumer;

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
  /** Prequel's US API. */
  public static final String US_BASE_URL = "https://api.prequel.co";

  /** Prequel's EU API. */
  public static final String EU_BASE_URL = "https://eu-api.prequel.co";

  /** The base URL used unless another is set: {@link #US_BASE_URL}. */
  public static final String DEFAULT_BASE_URL = US_BASE_URL;

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

  private final Transport transport;
  private final String apiVersion;
  private final Destinations destinations;
  private final Transfers transfers;

  private PrequelClient(Transport transport, String apiVersion) {
    this.transport = transport;
    this.apiVersion = apiVersion;
    this.destinations = new Destinations(transport);
    this.transfers = new Transfers(transport);
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

  /**
   * A client with changed options (timeouts, retries, default headers, logging...) that shares this
   * client's connection pool and threads. Closing it leaves this client open; closing this client
   * ends both.
   *
   * <pre>{@code
   * PrequelClient patient = prequel.withOptions(o -> o.maxRetries(5));
   * }</pre>
   *
   * @throws IllegalStateException when this client is closed
   */
  public PrequelClient withOptions(Consumer<ClientOptions.Builder> change) {
    return new PrequelClient(transport.withOptions(change), apiVersion);
  }

  /** Destination calls. */
  public Destinations destinations() {
    return destinations;
  }

  /** Transfer calls: start, read, list and wait for transfers. */
  public Transfers transfers() {
    return transfers;
  }

  /** The resolved options (base URL, timeouts, retries...); credentials print masked. */
  public ClientOptions options() {
    return transport.options();
  }

  /** The API version sent in {@value #API_VERSION_HEADER}. */
  public String apiVersion() {
    return apiVersion;
  }

  /** Releases connections and threads the client created; later calls fail. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  /** Names the base URL and API version, never the API key. */
  @Override
  public String toString() {
    return "PrequelClient{baseUrl="
        + transport.options().baseUrl()
        + ", apiVersion="
        + apiVersion
        + "}";
  }

  /**
   * Builds a {@link PrequelClient}; not thread-safe. Defaults: {@link #DEFAULT_BASE_URL}, {@link
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

    /**
     * Takes the API key from {@value #API_KEY_ENV} and, when set, the base URL from {@value
     * #BASE_URL_ENV}.
     *
     * @throws IllegalStateException when {@value #API_KEY_ENV} is missing or blank
     */
    public Builder fromEnv(Map<String, String> env) {
      Checks.notNull("env", env);
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

    /**
     * Sets the {@value #API_VERSION_HEADER} value (printable ASCII, not blank); default {@value
     * #DEFAULT_API_VERSION}.
     */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = Checks.headerValue("apiVersion", apiVersion);
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException {@code apiKey is required} when no API key was set
     */
    public PrequelClient build() {
      Checks.required("apiKey", credentials);
      return new PrequelClient(
          new Transport(
              buildOptions(credentials, DEFAULT_BASE_URL), PrequelProfile.create(apiVersion)),
          apiVersion);
    }
  }
}
