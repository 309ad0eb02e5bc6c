package dev.dataexport.stigg;

import java.util.Objects;

/** The length rules of Stigg's request schema, with messages that name the field and the rule. */
final class Checks {
  /** Stigg's {@code maxLength} for ids and model names. */
  static final int MAX_LENGTH = 255;

  private Checks() {}

  /**
   * Checks that {@code value} has 1..255 characters, counted as Unicode code points like JSON
   * Schema does.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is empty or too long (the value itself is not echoed)
   */
  static String length(String field, String value) {
    return length(field, -1, value);
  }

  /**
   * Like {@link #length(String, String)} for element {@code index} of the list {@code field} (a
   * negative index names the field alone); the name is put together only when the check fails, so a
   * valid request costs nothing.
   */
  static String length(String field, int index, String value) {
    if (value == null) {
      throw new NullPointerException(name(field, index) + " must not be null");
    }
    int length = value.codePointCount(0, value.length());
    if (length < 1 || length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          name(field, index) + " must be 1.." + MAX_LENGTH + " characters long, was " + length);
    }
    return value;
  }

  private static String name(String field, int index) {
    return index < 0 ? field : field + "[" + index + "]";
  }

  /**
   * Checks a header value that is not a secret: not blank, and only what the core lets through to
   * OkHttp (printable ASCII), so the error names the field now rather than the header later.
   */
  static String headerValue(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int bad = dev.dataexport.core.spi.Checks.firstInvalidValueCharacter(value);
    int tab = value.indexOf('\t'); // legal in a header, but no id holds one
    if (tab >= 0 && (bad < 0 || tab < bad)) {
      bad = tab;
    }
    if (bad >= 0) {
      throw new IllegalArgumentException(
          field + " must contain only printable ASCII characters; found another at index " + bad);
    }
    return value;
  }
}
