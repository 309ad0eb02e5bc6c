package dev.dataexport.stigg;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.ApiRequest;
import java.util.Locale;
import java.util.Map;

/**
 * The client's auth mode: an API key (no environment headers) or a user JWT with its environment
 * and optional account. Immutable.
 */
final class StiggAuth {
  final Credentials credentials;
  final boolean jwt;
  final String environmentId;
  final String accountId;

  StiggAuth(Credentials credentials, boolean jwt, String environmentId, String accountId) {
    this.credentials = credentials;
    this.jwt = jwt;
    this.environmentId = environmentId;
    this.accountId = accountId;
  }

  /** Adds the JWT headers; in API-key mode checks that the caller is not trying to send them. */
  void apply(ApiRequest.Builder request, Map<String, String> perCallHeaders) {
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

  static void rejectInApiKeyMode(String header, String where) {
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

  @Override
  public String toString() {
    return jwt
        ? "jwt, environmentId="
            + environmentId
            + (accountId == null ? "" : ", accountId=" + accountId)
        : "apiKey";
  }
}
