package dev.dataexport.prequel.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * Validation helpers shared by the request models. Every message starts with the field's JSON path
 * (for example {@code destination.postgres.port}) and never contains a secret.
 */
public final class Check {
  private Check() {}

  /** The JSON path of a field of a vendor block, for example {@code destination.postgres.port}. */
  public static String path(String vendorKey, String field) {
    return "destination." + vendorKey + "." + field;
  }

  /** Requires a non-null, non-blank value and returns it. */
  public static String text(String path, String value) {
    Objects.requireNonNull(value, () -> path + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(path + " must not be blank");
    }
    return value;
  }

  /** Requires a present value to be non-blank. */
  public static void text(String path, Optional<String> value) {
    value.ifPresent(v -> text(path, v));
  }

  /** Requires a non-null value and returns it. */
  public static <T> T required(String path, T value) {
    return Objects.requireNonNull(value, () -> path + " must not be null");
  }

  /** Requires a present port to be within 1..65535. */
  public static void port(String path, Optional<Integer> port) {
    port.ifPresent(
        p -> {
          if (p < 1 || p > 65535) {
            throw new IllegalArgumentException(path + " must be between 1 and 65535, was " + p);
          }
        });
  }

  /** Requires a present number to be at least 1. */
  public static void positive(String path, Optional<Integer> value) {
    value.ifPresent(v -> positive(path, (int) v));
  }

  /** Requires a number to be at least 1. */
  public static void positive(String path, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(path + " must be positive, was " + value);
    }
  }
}
