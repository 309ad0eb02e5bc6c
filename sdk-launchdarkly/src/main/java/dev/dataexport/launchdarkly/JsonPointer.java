package dev.dataexport.launchdarkly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer such as {@code /config/topic}: a list of reference tokens, written with
 * {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}. Built from raw segments (escaped for
 * you) or parsed from its string form (invalid pointers rejected). Immutable and thread-safe.
 */
public final class JsonPointer {
  private static final JsonPointer ROOT = new JsonPointer(List.of(), "");

  private final List<String> segments;
  private final String text;

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
    Objects.requireNonNull(segments, "segments");
    return ofSegments(List.of(segments));
  }

  /** A pointer from a list of raw (unescaped) segments. */
  public static JsonPointer ofSegments(List<String> segments) {
    List<String> copy = List.copyOf(Objects.requireNonNull(segments, "segments"));
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
    Objects.requireNonNull(pointer, "pointer");
    if (pointer.isEmpty()) {
      return ROOT;
    }
    if (pointer.charAt(0) != '/') {
      throw new IllegalArgumentException(
          "JSON Pointer must be empty or start with '/', was '" + pointer + "'");
    }
    if (pointer.indexOf('~') < 0) { // nothing to unescape: the segments are plain substrings
      List<String> plain = new ArrayList<>(4);
      int start = 1;
      for (int slash; (slash = pointer.indexOf('/', start)) >= 0; start = slash + 1) {
        plain.add(pointer.substring(start, slash));
      }
      plain.add(pointer.substring(start));
      return new JsonPointer(Collections.unmodifiableList(plain), pointer);
    }
    List<String> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 1; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == '/') {
        segments.add(segment.toString());
        segment.setLength(0);
      } else if (c == '~') {
        char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : 0;
        if (next != '0' && next != '1') {
          throw new IllegalArgumentException(
              "JSON Pointer '"
                  + pointer
                  + "' has '~' at index "
                  + i
                  + " not followed by '0' or '1' (write '~' as '~0' and '/' as '~1')");
        }
        segment.append(next == '0' ? '~' : '/');
        i++;
      } else {
        segment.append(c);
      }
    }
    segments.add(segment.toString());
    return new JsonPointer(Collections.unmodifiableList(segments), pointer);
  }

  /** Escapes one raw segment: {@code ~} becomes {@code ~0}, then {@code /} becomes {@code ~1}. */
  public static String escape(String segment) {
    Objects.requireNonNull(segment, "segment");
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer to the member or element {@code segment} below this one. */
  public JsonPointer append(String segment) {
    Objects.requireNonNull(segment, "segment");
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
    return segments;
  }

  /** Whether this is the root pointer {@code ""}. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** The pointer to the parent; the root's parent is an error. */
  public JsonPointer parent() {
    if (isRoot()) {
      throw new IllegalStateException("the root pointer has no parent");
    }
    return ofSegments(segments.subList(0, segments.size() - 1));
  }

  /** The last raw segment; the root has none. */
  public String last() {
    if (isRoot()) {
      throw new IllegalStateException("the root pointer has no last segment");
    }
    return segments.get(segments.size() - 1);
  }

  /** Whether this pointer is {@code other} or lies below it. */
  public boolean startsWith(JsonPointer other) {
    return other.segments.size() <= segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** The escaped string form, for example {@code /config/a~1b}. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonPointer && ((JsonPointer) other).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
