package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/**
 * Builder methods for the {@code auth_method} choice of database blocks.
 *
 * @param <B> the builder type
 */
public interface DatabaseAuthSetters<B> {
  /** Sets the {@code auth_method} choice. */
  B auth(DatabaseAuth auth);

  /** Sets {@code "auth_method": "password_auth"} with this user name and password. */
  default B passwordAuth(String username, Secret password) {
    return auth(new PasswordAuth(username, password));
  }
}
