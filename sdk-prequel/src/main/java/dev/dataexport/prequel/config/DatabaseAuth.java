package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/**
 * The {@code auth_method} choice of database blocks; today Prequel documents {@link PasswordAuth}
 * only.
 */
public sealed interface DatabaseAuth extends ChoiceOption permits PasswordAuth {
  /** {@code password_auth} with a user name and password. */
  static DatabaseAuth password(String username, Secret password) {
    return new PasswordAuth(username, password);
  }
}
