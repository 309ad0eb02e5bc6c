package dev.dataexport.stigg;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.stigg.internal.StiggAuth;
import dev.dataexport.stigg.internal.StiggClientAccess;
import dev.dataexport.stigg.internal.StiggProfile;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The Stigg API client. Build one per process with {@link #builder()} or {@link #fromEnv()} and
 * share it: it is immutable and thread-safe. {@link #close()} releases its connections and threads.
 *
 * <pre>{@code
 * try (StiggClient stigg = StiggClient.fromEnv()) {   // STIGG_API_KEY, optional STIGG_BASE_URL
 *   DestinationList list = stigg.destinations().updateSelection("dst_9f2a1c7b3e4d",
 *       UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers", "invoices").build());
 * }
 * }</pre>
 */
public final class StiggClient implements AutoCloseable {
  /** Stigg's production API. */
  public static final String DEFAULT_BASE_URL = "https://api.stigg.io";

  /** The environment variable holding the server API key. */
  public static final String API_KEY_ENV = "STIGG_API_KEY";

  /** The environment variable that may override the base URL. */
  public static final String BASE_URL_ENV = "STIGG_BASE_URL";

  /** The header carrying the server API key. */
  public static final String API_KEY_HEADER = "X-API-KEY";

  static {
    // The fleet package builds each call's request exactly as this client does (its plan is what
    // apply sends), so it needs the auth mode, which no public method shows.
    StiggClientAccess.install(client -> client.auth);
  }

  private final Transport transport;
  private final StiggAuth auth;
  private final Destinations destinations;
  private final Models models;
  private final Syncs syncs;
  private final ScopedTokens scopedTokens;

  private StiggClient(Transport transport, StiggAuth auth) {
    this.transport = transport;
    this.auth = auth;
    this.destinations = new Destinations(transport, auth);
    this.models = new Models(transport, auth);
    this.syncs = new Syncs(transport, auth);
    this.scopedTokens = new ScopedTokens(transport, auth);
  }

  /** A builder; set {@code apiKey(...)}, or {@code jwt(...)} with {@code environmentId(...)}. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with the server API key from {@code STIGG_API_KEY} and the base URL from {@code
   * STIGG_BASE_URL} (default {@value #DEFAULT_BASE_URL}).
   *
   * @throws IllegalStateException if {@code STIGG_API_KEY} is not set
   */
  public static StiggClient fromEnv() {
    return fromEnv(System.getenv());
  }

  /**
   * Like {@link #fromEnv()}, reading the variables from {@code env} (for tests and custom
   * configuration).
   */
  public static StiggClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /**
   * A client with changed options (timeouts, retries, default headers, logging, clock, sleeper)
   * that keeps this client's credentials and auth mode and shares its connection pool and
   * dispatcher. Closing the derived client leaves this one open; closing this one ends the pool of
   * both, so close it last.
   *
   * <pre>{@code
   * StiggClient patient = stigg.withOptions(o -> o.readTimeout(Duration.ofMinutes(2)).maxRetries(5));
   * }</pre>
   *
   * @throws IllegalArgumentException if, with an API key, a default header names X-ENVIRONMENT-ID
   *     or X-ACCOUNT-ID
   * @throws IllegalStateException if this client is closed
   */
  public StiggClient withOptions(Consumer<ClientOptions.Builder> change) {
    Checks.notNull("change", change);
    Transport derived = transport.withOptions(change);
    try {
      auth.check(derived.options());
    } catch (RuntimeException rejected) {
      derived.close(); // shares the pool, so this releases nothing of this client's
      throw rejected;
    }
    return new StiggClient(derived, auth);
  }

  /** Stigg's data-export destinations: create, update the selection, delete. */
  public Destinations destinations() {
    return destinations;
  }

  /** Stigg's data-export model catalog. */
  public Models models() {
    return models;
  }

  /** Stigg's data-export syncs. */
  public Syncs syncs() {
    return syncs;
  }

  /** Stigg's scoped tokens for its embeddable widget. */
  public ScopedTokens scopedTokens() {
    return scopedTokens;
  }

  /** The resolved options (credentials masked in their {@code toString()}). */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * Closes the client: later calls fail with {@link IllegalStateException}; a caller-supplied
   * OkHttpClient is left open. Idempotent.
   */
  @Override
  public void close() {
    transport.close();
  }

  /** Describes the client without its credential. */
  @Override
  public String toString() {
    return "StiggClient{baseUrl="
        + transport.options().baseUrl()
        + ", auth="
        + auth
        + ", credentials="
        + auth.credentials()
        + "}";
  }

  /**
   * Builds a {@link StiggClient}. Choose one auth mode: {@link #apiKey(String)} (a server API key,
   * sent as {@code X-API-KEY}), or {@link #jwt(String)} (a user JWT, sent as {@code Authorization:
   * Bearer}) together with {@link #environmentId(String)} and optionally {@link
   * #accountId(String)}. Not thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credentials apiKey;
    private Credentials jwt;
    private String environmentId;
    private String accountId;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Authenticates with a server API key, sent as {@code X-API-KEY}; checked now, never echoed.
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Credentials.apiKey(API_KEY_HEADER, apiKey);
      return this;
    }

    /**
     * Authenticates with a user JWT, sent as {@code Authorization: Bearer <jwt>}; requires {@link
     * #environmentId(String)}. Checked now, never echoed.
     */
    public Builder jwt(String jwt) {
      this.jwt = Credentials.bearer(jwt);
      return this;
    }

    /**
     * The environment sent as {@code X-ENVIRONMENT-ID} in JWT mode (required there, rejected with
     * an API key).
     */
    public Builder environmentId(String environmentId) {
      this.environmentId = Checks.headerValue("environmentId", environmentId);
      return this;
    }

    /**
     * The account sent as {@code X-ACCOUNT-ID} in JWT mode (optional: Stigg falls back to the
     * user's first membership; rejected with an API key).
     */
    public Builder accountId(String accountId) {
      this.accountId = Checks.headerValue("accountId", accountId);
      return this;
    }

    /**
     * Takes the API key from {@code STIGG_API_KEY} and, when set and not empty, the base URL from
     * {@code STIGG_BASE_URL}.
     *
     * @throws IllegalStateException if {@code STIGG_API_KEY} is missing or empty
     */
    public Builder fromEnv(Map<String, String> env) {
      apiKey(requiredVariable(env, API_KEY_ENV, "a Stigg server API key"));
      return baseUrlFromVariable(env, BASE_URL_ENV);
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no auth mode or both were chosen, if JWT mode lacks an
     *     environment id, or if an environment or account id was set with an API key
     */
    public StiggClient build() {
      StiggAuth auth;
      if (apiKey != null && jwt != null) {
        throw new IllegalStateException("choose one auth mode: apiKey(...) or jwt(...), not both");
      } else if (jwt != null) {
        if (environmentId == null) {
          throw new IllegalStateException(
              "environmentId(...) is required with jwt(...): Stigg needs X-ENVIRONMENT-ID for user JWTs");
        }
        auth = StiggAuth.jwt(jwt, environmentId, accountId);
      } else if (apiKey != null) {
        if (environmentId != null || accountId != null) {
          throw new IllegalStateException(
              "environmentId(...) and accountId(...) apply only to jwt(...); an API key "
                  + "belongs to one environment and Stigg ignores X-ENVIRONMENT-ID / X-ACCOUNT-ID with it");
        }
        auth = StiggAuth.apiKey(apiKey);
      } else {
        throw new IllegalStateException(
            "no credentials: set apiKey(...) (a server API key) or jwt(...) with environmentId(...)");
      }
      ClientOptions options = buildOptions(auth.credentials(), DEFAULT_BASE_URL);
      auth.check(options);
      return new StiggClient(new Transport(options, StiggProfile.PROFILE), auth);
    }
  }
}
