package dev.dataexport.stigg.internal;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.stigg.StiggRequestOptions;
import java.util.Locale;
import java.util.Map;

/**
 * A client's auth mode: an API key (no environment headers) or a user JWT with its environment and
 * optional account. Immutable. Not API.
 */
public final class StiggAuth {
  private final Credentials credentials;
  private final boolean jwt;
  private final String environmentId;
  private final String accountId;

  private StiggAuth(Credentials credentials, boolean jwt, String environmentId, String accountId) {
    this.credentials = credentials;
    this.jwt = jwt;
    this.environmentId = environmentId;
    this.accountId = accountId;
  }

  /** Server API-key mode: Stigg takes the environment from the key. */
  public static StiggAuth apiKey(Credentials credentials) {
    return new StiggAuth(credentials, false, null, null);
  }

  /** User-JWT mode with the environment and, optionally (null), the account sent on every call. */
  public static StiggAuth jwt(Credentials credentials, String environmentId, String accountId) {
    return new StiggAuth(credentials, true, environmentId, accountId);
  }

  /** The credential the transport sends. */
  public Credentials credentials() {
    return credentials;
  }

  /** Adds the JWT headers; in API-key mode checks that the caller is not trying to send them. */
  public void apply(ApiRequest.Builder request, Map<String, String> perCallHeaders) {
    if (jwt) {
      request.header(StiggRequestOptions.ENVIRONMENT_ID_HEADER, environmentId);
      if (accountId != null) {
        request.header(StiggRequestOptions.ACCOUNT_ID_HEADER, accountId);
      }
      return;
    }
    for (String name : perCallHeaders.keySet()) {
      rejectInApiKeyMode(name, "per-call option");
    }
  }

  /**
   * Checks a client's options against the mode: with an API key, no default header may name the
   * environment or account (Stigg would ignore it, which would only hide a mistake).
   */
  public void check(ClientOptions options) {
    if (!jwt) {
      for (String name : options.defaultHeaders().keySet()) {
        rejectInApiKeyMode(name, "default header");
      }
    }
  }

  private static void rejectInApiKeyMode(String header, String where) {
    String upper = header.toUpperCase(Locale.ROOT);
    if (upper.equals(StiggRequestOptions.ENVIRONMENT_ID_HEADER)
        || upper.equals(StiggRequestOptions.ACCOUNT_ID_HEADER)) {
      throw new IllegalArgumentException(
          upper
              + " ("
              + where
              + ") applies only to JWT auth; this client uses an API "
              + "key, whose environment is fixed by the key and for which Stigg ignores the header");
    }
  }

  /** The mode and its ids; never the credential. */
  @Override
  public String toString() {
    return jwt
        ? "jwt, environmentId="
            + environmentId
            + (accountId == null ? "" : ", accountId=" + accountId)
        : "apiKey";
  }
}
