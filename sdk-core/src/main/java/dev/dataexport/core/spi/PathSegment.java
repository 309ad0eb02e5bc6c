package dev.dataexport.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Percent-encodes one URL path segment (RFC 3986): everything but unreserved characters and
 * sub-delimiters safe in a path is encoded as UTF-8 {@code %XX}, so {@code /}, {@code ?}, {@code
 * #}, {@code %}, spaces and non-ASCII stay inside the segment. Segments that are exactly {@code .}
 * or {@code ..} are rejected: every HTTP stack (OkHttp included) resolves them, even encoded, so
 * they cannot name a resource.
 */
public final class PathSegment {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegment() {}

  /**
   * Encodes {@code value}, naming {@code field} in errors.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty, {@code .} or {@code ..}
   */
  public static String encode(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          field + " must not be '.' or '..' (a URL cannot carry them as a segment)");
    }
    int i = 0;
    int length = value.length();
    while (i < length && isSafe(value.charAt(i))) {
      i++;
    }
    if (i == length) {
      return value; // the common case: nothing to encode, nothing allocated
    }
    StringBuilder out = new StringBuilder(length + 16).append(value, 0, i);
    byte[] bytes = value.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && isSafe(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isSafe(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
