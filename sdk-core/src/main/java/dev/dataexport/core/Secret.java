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
