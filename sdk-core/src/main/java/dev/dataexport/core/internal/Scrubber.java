package dev.dataexport.core.internal;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import java.util.List;

/**
 * Masks the client's credential and the secrets of one request body in text that came from the
 * server or from an exception, before it is logged or put into an exception. Immutable and
 * thread-safe.
 */
public final class Scrubber {
  private final Credentials credentials;
  private final List<String> secrets;

  /**
   * Creates a scrubber of the credential and {@code secrets} (values written from {@code Secret}s).
   */
  public Scrubber(Credentials credentials, List<String> secrets) {
    this.credentials = credentials;
    this.secrets = List.copyOf(secrets);
  }

  /**
   * Returns {@code text} with every credential and secret replaced by {@value Secret#MASK}; null
   * stays null.
   */
  public String scrub(String text) {
    String out = credentials.scrub(text);
    if (out == null) {
      return null;
    }
    for (String secret : secrets) {
      if (out.contains(secret)) {
        out = out.replace(secret, Secret.MASK);
      }
    }
    return out;
  }
}
