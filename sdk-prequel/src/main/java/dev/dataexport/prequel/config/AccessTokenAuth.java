package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code access_token_auth}: a MotherDuck access token. The reference page shows only the selector
 * {@code "auth_method": "access_token_auth"}; the sibling object {@code {"access_token": ...}} is
 * inferred from Prequel's selector-plus-sibling pattern.
 *
 * @param accessToken the MotherDuck access token
 */
public record AccessTokenAuth(@JsonProperty("access_token") Secret accessToken)
    implements MotherDuckAuth {
  /** Requires the token. */
  public AccessTokenAuth {
    Checks.notNull("access_token_auth.access_token", accessToken);
  }

  @Override
  public String optionName() {
    return "access_token_auth";
  }
}
