package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.internal.Check;

/**
 * {@code oauth_client_secret_auth}: an OAuth client id and secret (Databricks, Iceberg REST
 * catalogs).
 *
 * @param clientId the OAuth client id
 * @param clientSecret the OAuth client secret
 */
public record OAuthClientSecret(
    @JsonProperty("client_id") String clientId, @JsonProperty("client_secret") Secret clientSecret)
    implements IcebergRestAuth {
  /** Requires both parts. */
  public OAuthClientSecret {
    Check.text("oauth_client_secret_auth.client_id", clientId);
    Check.required("oauth_client_secret_auth.client_secret", clientSecret);
  }

  @Override
  public String optionName() {
    return "oauth_client_secret_auth";
  }
}
