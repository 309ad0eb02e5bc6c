package dev.dataexport.core;

import java.util.Objects;

/** Validates header names and values before they reach OkHttp, with messages that never echo the value. */
final class HeaderChecks {
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private HeaderChecks() {}

  /** Checks that {@code name} is an HTTP token. */
  static String checkName(String name) {
    Objects.requireNonNull(name, "header name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("header name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        throw new IllegalArgumentException("header name has an invalid character at index " + i);
      }
    }
    return name;
  }

  /** Checks a header name and a value that may be printed (not a credential). */
  static void check(String name, String value) {
    checkName(name);
    Objects.requireNonNull(value, "value of header " + name);
    int bad = firstControlCharacter(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "value of header " + name + " must not contain control characters (CR, LF, ...); found one at index " + bad);
    }
  }

  /** The index of the first control character other than tab, or -1. */
  static int firstControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        return i;
      }
    }
    return -1;
  }
}
