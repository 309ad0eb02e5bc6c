package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** The {@code auth_method} choice of the {@code motherduck} block. */
public sealed interface MotherDuckAuth extends ChoiceOption permits AccessTokenAuth {
  /** {@code access_token_auth} with a MotherDuck token. */
  static MotherDuckAuth accessToken(Secret accessToken) {
    return new AccessTokenAuth(accessToken);
  }
}
