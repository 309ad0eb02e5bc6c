package dev.dataexport.launchdarkly;

import dev.dataexport.core.spi.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An RFC 6901 JSON Pointer such as {@code /config/topic}: a list of reference tokens, written with
 * {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}. Built from raw segments (escaped for
 * you) or parsed from its string form (invalid pointers rejected). Immutable and thread-safe.
 */
public final class JsonPointer {
  private static final JsonPointer ROOT = new JsonPointer(List.of(), "");

  /**
   * The escaped form, which alone defines the pointer: escaping is one-to-one, so equality and the
   * checks a call makes ({@code /version}, a first segment starting with {@code _}) work on it.
   */
  private final String text;

  /**
   * The raw segments, split from {@link #text} on first use: a patch built from strings is usually
   * sent without anyone asking for them. An immutable list, so a racy first use at most splits
   * twice.
   */
  private List<String> segments;

  /**
   * Whether {@code segment} is non-empty and all ASCII digits: the shape of an array index (leading
   * zeros are for the caller to judge). A loop, not a stream: patches check it on every call.
   */
  static boolean isDigits(String segment) {
    if (segment.isEmpty()) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private JsonPointer(List<String> segments, String text) {
    this.segments = segments;
    this.text = text;
  }

  /** The empty pointer {@code ""}, which points at the whole document. */
  public static JsonPointer root() {
    return ROOT;
  }

  /**
   * A pointer from raw (unescaped) segments; {@code of("config", "a/b")} is {@code /config/a~1b}.
   *
   * @throws NullPointerException if a segment is null
   */
  public static JsonPointer of(String... segments) {
    return ofSegments(Arrays.asList(Checks.notNull("segments", segments)));
  }

  /** A pointer from a list of raw (unescaped) segments. */
  public static JsonPointer ofSegments(List<String> segments) {
    Checks.notNull("segments", segments);
    for (int i = 0; i < segments.size(); i++) {
      Checks.notNull("segments", i, segments.get(i));
    }
    List<String> copy = List.copyOf(segments);
    if (copy.isEmpty()) {
      return ROOT;
    }
    StringBuilder text = new StringBuilder();
    for (String segment : copy) {
      text.append('/').append(escape(segment));
    }
    return new JsonPointer(copy, text.toString());
  }

  /**
   * Parses the string form, for example {@code /config/a~1b}; {@code ""} is the root.
   *
   * @throws IllegalArgumentException if the text does not start with {@code /} or has a {@code ~}
   *     not followed by {@code 0} or {@code 1}
   */
  public static JsonPointer parse(String pointer) {
    Checks.notNull("pointer", pointer);
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "JSON Pointer must be empty or start with '/', was '" + pointer + "'");
    }
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 2)) {
      char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : 0;
      if (next != '0' && next != '1') {
        throw new IllegalArgumentException(
            "JSON Pointer '"
                + pointer
                + "' has '~' at index "
                + i
                + " not followed by '0' or '1' (write '~' as '~0' and '/' as '~1')");
      }
    }
    return new JsonPointer(null, pointer);
  }

  /** Splits a valid, non-empty escaped pointer into its raw segments. */
  private static List<String> split(String pointer) {
    List<String> segments = new ArrayList<>(4);
    int start = 1;
    for (int slash; (slash = pointer.indexOf('/', start)) >= 0; start = slash + 1) {
      segments.add(unescape(pointer, start, slash));
    }
    segments.add(unescape(pointer, start, pointer.length()));
    return Collections.unmodifiableList(segments);
  }

  /** The raw form of the escaped segment {@code pointer[start, end)} (already validated). */
  private static String unescape(String pointer, int start, int end) {
    int tilde = pointer.indexOf('~', start);
    if (tilde < 0 || tilde >= end) {
      return pointer.substring(start, end);
    }
    StringBuilder segment = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = pointer.charAt(i);
      if (c == '~') {
        segment.append(pointer.charAt(++i) == '0' ? '~' : '/');
      } else {
        segment.append(c);
      }
    }
    return segment.toString();
  }

  /** Escapes one raw segment: {@code ~} becomes {@code ~0}, then {@code /} becomes {@code ~1}. */
  public static String escape(String segment) {
    Checks.notNull("segment", segment);
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer to the member or element {@code segment} below this one. */
  public JsonPointer append(String segment) {
    Checks.notNull("segment", segment);
    List<String> segments = segments();
    List<String> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new JsonPointer(Collections.unmodifiableList(longer), text + '/' + escape(segment));
  }

  /** A pointer to array element {@code index} below this one. */
  public JsonPointer append(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("array index must be >= 0, was " + index);
    }
    return append(Integer.toString(index));
  }

  /** The raw (unescaped) segments; empty for the root. */
  public List<String> segments() {
    List<String> split = segments;
    if (split == null) {
      split = split(text);
      segments = split;
    }
    return split;
  }

  /** Whether this is the root pointer {@code ""}. */
  public boolean isRoot() {
    return text.isEmpty();
  }

  /** The pointer to the parent; the root's parent is an error. */
  public JsonPointer parent() {
    if (isRoot()) {
      throw new IllegalStateException("the root pointer has no parent");
    }
    List<String> segments = segments();
    return ofSegments(segments.subList(0, segments.size() - 1));
  }

  /** The last raw segment; the root has none. */
  public String last() {
    if (isRoot()) {
      throw new IllegalStateException("the root pointer has no last segment");
    }
    List<String> split = segments;
    return split != null
        ? split.get(split.size() - 1)
        : unescape(text, text.lastIndexOf('/') + 1, text.length());
  }

  /** Whether this pointer is {@code other} or lies below it. */
  public boolean startsWith(JsonPointer other) {
    // Escaped segments hold no '/', so a prefix ending at a '/' (or at the end) is a prefix of
    // segments.
    return text.startsWith(other.text)
        && (text.length() == other.text.length() || text.charAt(other.text.length()) == '/');
  }

  /** Whether the first segment starts with {@code prefix} (which must hold no {@code ~} or '/'). */
  boolean firstSegmentStartsWith(String prefix) {
    return text.startsWith(prefix, 1);
  }

  /** The escaped string form, for example {@code /config/a~1b}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer && ((JsonPointer) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
