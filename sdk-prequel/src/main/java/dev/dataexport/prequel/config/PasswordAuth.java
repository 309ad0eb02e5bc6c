package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code password_auth}: a user name and password, shared by every database block.
 *
 * @param username the database user
 * @param password the password (write-only: Prequel never returns it)
 */
public record PasswordAuth(
    @JsonProperty("username") String username, @JsonProperty("password") Secret password)
    implements DatabaseAuth {
  /** Requires both parts. */
  public PasswordAuth {
    Checks.notBlank("password_auth.username", username);
    Checks.notNull("password_auth.password", password);
  }

  @Override
  public String optionName() {
    return "password_auth";
  }
}
