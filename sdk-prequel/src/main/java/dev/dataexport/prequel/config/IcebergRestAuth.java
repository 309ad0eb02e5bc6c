package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/**
 * How Prequel authenticates to an Iceberg REST catalog: a bearer token or an OAuth client secret.
 */
public sealed interface IcebergRestAuth extends ChoiceOption
    permits OAuthBearerToken, OAuthClientSecret {
  /** {@code oauth_bearer_token_auth} with a token. */
  static IcebergRestAuth bearerToken(Secret token) {
    return new OAuthBearerToken(token);
  }

  /** {@code oauth_client_secret_auth} with a client id and secret. */
  static IcebergRestAuth clientSecret(String clientId, Secret clientSecret) {
    return new OAuthClientSecret(clientId, clientSecret);
  }
}
