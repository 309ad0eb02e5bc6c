package dev.dataexport.core.internal;

import java.util.Objects;

/**
 * Validates header names and values before they reach OkHttp, whose own messages would echo the
 * value. Our messages name the header and the index of the bad character, never the value.
 */
public final class HeaderChecks {
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private HeaderChecks() {}

  /** Checks that {@code name} is an HTTP token and returns it. */
  public static String checkName(String name) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name must not be empty");
    }
    int bad = firstNonTokenCharacter(name);
    if (bad >= 0) {
      throw new IllegalArgumentException("header name has an invalid character at index " + bad);
    }
    return name;
  }

  /** Whether {@code value} is a non-empty HTTP token (visible ASCII, no separators). */
  public static boolean isToken(String value) {
    return !value.isEmpty() && firstNonTokenCharacter(value) < 0;
  }

  private static int firstNonTokenCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Checks a header name and its value (printable ASCII or tab, as OkHttp requires). */
  public static void check(String name, String value) {
    checkName(name);
    Objects.requireNonNull(value, "value of header " + name);
    int bad = firstInvalidValueCharacter(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "value of header "
              + name
              + " must contain only printable ASCII characters (no CR, LF or other control characters); found another"
              + " at index "
              + bad);
    }
  }

  /**
   * The index of the first character OkHttp refuses in a header value (not tab, not 0x20-0x7e), or
   * -1.
   */
  public static int firstInvalidValueCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        return i;
      }
    }
    return -1;
  }
}
