package dev.dataexport.core.spi;

import java.time.Duration;
import java.util.List;

/**
 * The one validation vocabulary of the SDK: every module checks input with these methods, so the
 * same rule reads the same everywhere. Messages name the field and the rule and never echo a value
 * (a value may be a secret). A field inside a list is named {@code field[index]}; the name is put
 * together only when a check fails, so a valid request costs nothing.
 *
 * <table>
 *   <caption>Rules and their messages</caption>
 *   <tr><th>rule</th><th>exception</th><th>message</th></tr>
 *   <tr><td>{@link #notNull}</td><td>NullPointerException</td><td>{@code x must not be null}</td></tr>
 *   <tr><td>{@link #required}</td><td>IllegalStateException</td><td>{@code x is required}</td></tr>
 *   <tr><td>{@link #notBlank}, {@link #id}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must not be blank}</td></tr>
 *   <tr><td>{@link #length}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must be 1..255 characters long, was 0}</td></tr>
 *   <tr><td>{@link #minItems}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must have at least 1 item}</td></tr>
 *   <tr><td>{@link #positive}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must be positive, was PT0S}</td></tr>
 *   <tr><td>{@link #atLeast}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must be >= 0, was -1}</td></tr>
 *   <tr><td>{@link #headerValue}</td><td>IllegalArgumentException</td>
 *       <td>{@code x must contain only printable ASCII characters; found another at index 3}</td></tr>
 * </table>
 */
public final class Checks {
  private static final String SEPARATORS = "()<>@,;:\\\"/[]?={}";

  private Checks() {}

  /**
   * Thrown when a generated builder's setter gets null: {@code host must not be null}. Immutables
   * calls it with the field's name (see {@link DataExportStyle}).
   */
  public static final class NullField extends NullPointerException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for the field that was given null. */
    public NullField(String field) {
      super(field + " must not be null");
    }
  }

  /**
   * Thrown when a builder builds without a required field: {@code integrationId is required}.
   * Immutables calls it with the names of the missing fields (see {@link DataExportStyle}).
   */
  public static final class MissingFields extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception for the fields that were not set. */
    public MissingFields(String... fields) {
      super(String.join(", ", fields) + (fields.length == 1 ? " is required" : " are required"));
    }
  }

  /** The name of element {@code index} of list {@code field}; a negative index names the field. */
  public static String name(String field, int index) {
    return index < 0 ? field : field + "[" + index + "]";
  }

  /**
   * Checks an argument or builder value that must not be null.
   *
   * @throws NullPointerException {@code field must not be null}
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /** Like {@link #notNull(String, Object)} for element {@code index} of list {@code field}. */
  public static <T> T notNull(String field, int index, T value) {
    if (value == null) {
      throw new NullPointerException(name(field, index) + " must not be null");
    }
    return value;
  }

  /**
   * Checks, when a builder builds, that a required field was set.
   *
   * @throws IllegalStateException {@code field is required}
   */
  public static <T> T required(String field, T value) {
    if (value == null) {
      throw new IllegalStateException(field + " is required");
    }
    return value;
  }

  /**
   * Checks a text that must hold something other than whitespace.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException {@code field must not be blank} (empty or whitespace only)
   */
  public static String notBlank(String field, String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Checks an identifier that goes into a path or a header: not null, not blank, and without
   * control characters.
   */
  public static String id(String field, String value) {
    notBlank(field, value);
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain control characters; found one at index " + i);
      }
    }
    return value;
  }

  /**
   * Checks that {@code value} has {@code min..max} characters, counted as Unicode code points like
   * JSON Schema does, and is not blank when {@code min} is 1 or more.
   */
  public static String length(String field, String value, int min, int max) {
    return length(field, -1, value, min, max);
  }

  /**
   * Like {@link #length(String, String, int, int)} for element {@code index} of list {@code field}.
   */
  public static String length(String field, int index, String value, int min, int max) {
    notNull(field, index, value);
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(
          name(field, index) + " must be " + min + ".." + max + " characters long, was " + length);
    }
    if (min > 0 && value.isBlank()) {
      throw new IllegalArgumentException(name(field, index) + " must not be blank");
    }
    return value;
  }

  /**
   * Checks that a list is not null, has at least {@code min} items and holds no null element.
   *
   * @throws IllegalArgumentException {@code field must have at least 1 item}
   */
  public static <T> List<T> minItems(String field, List<T> values, int min) {
    notNull(field, values);
    if (values.size() < min) {
      throw new IllegalArgumentException(
          field + " must have at least " + min + (min == 1 ? " item" : " items"));
    }
    for (int i = 0; i < values.size(); i++) {
      notNull(field, i, values.get(i));
    }
    return values;
  }

  /** Checks a positive duration: {@code field must be positive, was PT0S}. */
  public static Duration positive(String field, Duration value) {
    notNull(field, value);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive, was " + value);
    }
    return value;
  }

  /** Checks a number with a lower bound: {@code field must be >= 0, was -1}. */
  public static int atLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  /**
   * Checks a value that is sent as a header but is not a secret (an environment id, say): not blank
   * and printable ASCII, so the error names the field now rather than the header later.
   */
  public static String headerValue(String field, String value) {
    notBlank(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(
            field + " must contain only printable ASCII characters; found another at index " + i);
      }
    }
    return value;
  }

  /** Checks that {@code name} is an HTTP token and returns it. */
  public static String headerName(String name) {
    notNull("header name", name);
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

  /**
   * Checks a header name and its value (printable ASCII or tab, as OkHttp requires); the messages
   * never show the value.
   */
  public static void header(String name, String value) {
    headerName(name);
    notNull("value of header " + name, value);
    int bad = firstInvalidValueCharacter(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "value of header "
              + name
              + " must contain only printable ASCII characters (no CR, LF or other control"
              + " characters); found another at index "
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
