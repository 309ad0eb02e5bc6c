package dev.dataexport.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value (password, key, token) that never shows itself in {@code toString()}, logs or
 * exception messages; the core's JSON mapper writes its value only into request bodies. Immutable
 * and thread-safe.
 */
public final class Secret {
  /** What every secret prints as. */
  public static final String MASK = "****";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty (the message never contains the
   *     value)
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("secret value must not be empty");
    }
    return new Secret(value);
  }

  /** Returns the real value; call it only where the value must be sent. */
  public String reveal() {
    return value;
  }

  /** Masks this secret's whole occurrences in {@code text} (see {@link #scrub(String, String)}). */
  public String scrubFrom(String text) {
    return scrub(text, value);
  }

  /**
   * Replaces every whole occurrence of {@code secret} in {@code text} with {@value #MASK}: one not
   * preceded or followed by a letter or digit, so that a short secret never alters unrelated words
   * ({@code k} inside {@code PackageGroupNotFound} stays), while every echo of the secret as a
   * value ({@code key=k}, {@code "k"}, {@code Bearer k.}) is masked. Null stays null.
   */
  public static String scrub(String text, String secret) {
    if (text == null || secret.isEmpty()) {
      return text;
    }
    int at = text.indexOf(secret);
    if (at < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; at >= 0; at = text.indexOf(secret, at + 1)) {
      int end = at + secret.length();
      if (at < copied || !boundary(text, at - 1) || !boundary(text, end)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, at).append(MASK);
      copied = end;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  private static boolean boundary(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }

  /** Returns {@value #MASK}, never the value. */
  @Override
  public String toString() {
    return MASK;
  }

  /** Compares values in constant time. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((Secret) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    // A constant keeps the hash from leaking anything about the value; secrets are rarely map keys.
    return 0x5ec7e7;
  }
}
