package dev.dataexport.prequel.config;

/** The {@code auth_method} choice of the {@code sftp} block. */
public sealed interface SftpAuth extends ChoiceOption permits PublicKeyAuth {
  /** {@code public_key_auth} with a public key. */
  static SftpAuth publicKey(String publicKey) {
    return new PublicKeyAuth(publicKey);
  }
}
