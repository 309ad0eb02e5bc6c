package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.spi.Checks;

/**
 * {@code public_key_auth}: SFTP key authentication; the public key is not a secret.
 *
 * @param publicKey the public key, for example {@code ssh-ed25519 AAAA...}
 */
public record PublicKeyAuth(@JsonProperty("public_key") String publicKey) implements SftpAuth {
  /** Requires the key. */
  public PublicKeyAuth {
    Checks.notBlank("public_key_auth.public_key", publicKey);
  }

  @Override
  public String optionName() {
    return "public_key_auth";
  }
}
