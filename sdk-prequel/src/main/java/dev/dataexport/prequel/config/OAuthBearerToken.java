package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code oauth_bearer_token_auth}: a bearer token for an Iceberg REST catalog (Prequel names its
 * field {@code password}).
 *
 * @param token the bearer token
 */
public record OAuthBearerToken(@JsonProperty("password") Secret token) implements IcebergRestAuth {
  /** Requires the token. */
  public OAuthBearerToken {
    Checks.notNull("oauth_bearer_token_auth.password", token);
  }

  @Override
  public String optionName() {
    return "oauth_bearer_token_auth";
  }
}
