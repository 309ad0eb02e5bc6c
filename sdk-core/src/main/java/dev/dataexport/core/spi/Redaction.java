package dev.dataexport.core.spi;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import java.util.List;

/**
 * Masks the client's credential and the secrets of one request body in text that came from the
 * server or from an exception, before it is logged or put into an exception. The secrets are those
 * the core mapper revealed while writing the body on this thread ({@link #record}). Immutable and
 * thread-safe.
 */
final class Redaction {
  private static final ThreadLocal<List<String>> SINK = new ThreadLocal<>();

  private final Credentials credentials;
  private final List<String> secrets;

  /** A redaction of the credential and {@code secrets} (values written from {@code Secret}s). */
  Redaction(Credentials credentials, List<String> secrets) {
    this.credentials = credentials;
    this.secrets = List.copyOf(secrets);
  }

  /**
   * Returns {@code text} with every credential and secret replaced by {@value Secret#MASK}; null
   * stays null.
   */
  String scrub(String text) {
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

  /** Records a secret value being written; does nothing outside {@link #collectInto}. */
  static void record(String value) {
    List<String> sink = SINK.get();
    if (sink != null) {
      sink.add(value);
    }
  }

  /**
   * Starts collecting revealed secrets into {@code sink} on this thread; pair with {@link #stop()}
   * in a finally block.
   */
  static void collectInto(List<String> sink) {
    SINK.set(sink);
  }

  /** Stops collecting on this thread. */
  static void stop() {
    SINK.remove();
  }
}
