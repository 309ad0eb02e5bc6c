package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

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
    Checks.notBlank("oauth_client_secret_auth.client_id", clientId);
    Checks.notNull("oauth_client_secret_auth.client_secret", clientSecret);
  }

  @Override
  public String optionName() {
    return "oauth_client_secret_auth";
  }
}
