package dev.dataexport.core;

import dev.dataexport.core.spi.Checks;
import java.util.Objects;

/**
 * How a client authenticates: an API key in a named header, a bearer token, or a raw {@code
 * Authorization} value. Values are checked when created (not blank, no control characters) with
 * messages that never contain the value, and {@code toString()} is masked. Immutable and
 * thread-safe.
 */
public final class Credentials {
  /** The shortest credential accepted: {@value} characters. */
  public static final int MIN_LENGTH = 8;

  private static final String AUTHORIZATION = "Authorization";

  private final String headerName;
  private final String prefix;
  private final Secret value;

  private Credentials(String headerName, String prefix, Secret value) {
    this.headerName = headerName;
    this.prefix = prefix;
    this.value = value;
  }

  /** An API key sent as {@code <headerName>: <key>}, for example {@code X-API-KEY}. */
  public static Credentials apiKey(String headerName, String key) {
    return new Credentials(Checks.headerName(headerName), "", checkValue("API key", key));
  }

  /** A token sent as {@code Authorization: Bearer <token>}. */
  public static Credentials bearer(String token) {
    return new Credentials(AUTHORIZATION, "Bearer ", checkValue("bearer token", token));
  }

  /**
   * A value sent as is in {@code Authorization: <value>} (LaunchDarkly access tokens work this
   * way).
   */
  public static Credentials authorization(String value) {
    return new Credentials(AUTHORIZATION, "", checkValue("Authorization value", value));
  }

  /** The header that carries the credential. */
  public String headerName() {
    return headerName;
  }

  /** The full header value, prefix included; reveal it only to put it on the wire. */
  public Secret headerValue() {
    return Secret.of(prefix + value.reveal());
  }

  /**
   * Replaces every whole occurrence of the credential in {@code text} with {@value Secret#MASK}
   * (see {@link Secret#scrub(String, String)}); used on everything from the server and on messages
   * before they are logged or put into exceptions.
   */
  public String scrub(String text) {
    return value.scrubFrom(text);
  }

  @Override
  public String toString() {
    return "Credentials{" + headerName + ": " + prefix + Secret.MASK + "}";
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) other;
    return headerName.equalsIgnoreCase(that.headerName)
        && prefix.equals(that.prefix)
        && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headerName.toLowerCase(java.util.Locale.ROOT), prefix);
  }

  private static Secret checkValue(String what, String value) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        // Index only: the value itself must never reach a message.
        throw new IllegalArgumentException(
            what + " must not contain control characters (CR, LF, ...); found one at index " + i);
      }
      if (c > 0x7e) {
        // OkHttp refuses these in a header and would quote the value in its message.
        throw new IllegalArgumentException(
            what + " must contain only printable ASCII characters; found another at index " + i);
      }
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with whitespace");
    }
    if (value.length() < MIN_LENGTH) {
      // Real keys and tokens are far longer; a shorter one could not be masked in the server's
      // text without also masking unrelated words (see Secret.scrub).
      throw new IllegalArgumentException(
          what + " must be at least " + MIN_LENGTH + " characters long, was " + value.length());
    }
    return Secret.of(value);
  }
}
