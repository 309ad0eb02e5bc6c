package dev.dataexport.core.spi;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.Secret;
import java.util.List;
import okhttp3.Headers;

/**
 * Masks the client's credential and the secrets of one request body in text that came from the
 * server or from an exception, before it is logged or put into an exception. The secrets are those
 * the core mapper revealed while writing the body on this thread ({@link #record}). Immutable and
 * thread-safe.
 */
final class Redaction {
  // One holder per thread, reused: setting and removing a ThreadLocal per call would allocate a map
  // entry every time.
  private static final ThreadLocal<Sink> SINK = ThreadLocal.withInitial(Sink::new);

  private final Credentials credentials;
  private final String[] secrets; // an array: scrub runs for every response header

  /** A redaction of the credential and {@code secrets} (values written from {@code Secret}s). */
  Redaction(Credentials credentials, List<String> secrets) {
    this.credentials = credentials;
    this.secrets = secrets.toArray(new String[0]);
  }

  /**
   * Returns {@code text} with every whole occurrence of the credential and the secrets replaced by
   * {@value Secret#MASK} ({@link Secret#scrub(String, String)}); null stays null.
   */
  String scrub(String text) {
    String out = credentials.scrub(text);
    if (out == null) {
      return null;
    }
    for (String secret : secrets) {
      out = Secret.scrub(out, secret);
    }
    return out;
  }

  /**
   * The response headers a user may print ({@code ApiException.headers()}, {@code
   * ApiResponse.headers()}): every value scrubbed, so a {@code WWW-Authenticate} or {@code
   * Location} that echoes the credential does not carry it. Copies only when a value changed.
   */
  ResponseHeaders headers(Headers headers) {
    Headers.Builder scrubbed = null;
    for (int i = 0, size = headers.size(); i < size; i++) {
      String value = headers.value(i);
      String clean = scrub(value);
      if (scrubbed == null && !clean.equals(value)) {
        scrubbed = new Headers.Builder();
        for (int j = 0; j < i; j++) {
          scrubbed.addUnsafeNonAscii(headers.name(j), headers.value(j));
        }
      }
      if (scrubbed != null) {
        scrubbed.addUnsafeNonAscii(headers.name(i), clean);
      }
    }
    return ResponseHeaders.wrap(scrubbed == null ? headers : scrubbed.build());
  }

  /** Records a secret value being written; does nothing outside {@link #collectInto}. */
  static void record(String value) {
    List<String> target = SINK.get().target;
    if (target != null) {
      target.add(value);
    }
  }

  /**
   * Starts collecting revealed secrets into {@code sink} on this thread; pair with {@link #stop()}
   * in a finally block.
   */
  static void collectInto(List<String> sink) {
    SINK.get().target = sink;
  }

  /** Stops collecting on this thread. */
  static void stop() {
    SINK.get().target = null;
  }

  /** Where this thread's revealed secrets go while a body is written; null otherwise. */
  private static final class Sink {
    List<String> target;
  }

  /** The exception's class and message, scrubbed. */
  String describe(Throwable e) {
    String message = e.getMessage();
    return scrub(e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"));
  }

  /**
   * The cause to attach, or null when a message in its chain holds a credential or body secret (a
   * decoder's message can quote the body); the scrubbed description is already in our message.
   */
  Throwable safeCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(scrub(message))) {
        return null;
      }
    }
    return cause;
  }
}
