package dev.dataexport.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;

/**
 * Response headers with case-insensitive names, in the order received. Immutable and thread-safe.
 */
public final class ResponseHeaders {
  private static final ResponseHeaders EMPTY = new ResponseHeaders(Headers.of());

  private final Headers headers;

  private ResponseHeaders(Headers headers) {
    this.headers = headers;
  }

  /** No headers. */
  public static ResponseHeaders empty() {
    return EMPTY;
  }

  /** Headers from name/value pairs given in order, for example {@code of("Retry-After", "2")}. */
  public static ResponseHeaders of(String... namesAndValues) {
    return new ResponseHeaders(Headers.of(namesAndValues));
  }

  /** Wraps OkHttp's headers without copying; used by the request pipeline. */
  public static ResponseHeaders wrap(Headers headers) {
    return headers.size() == 0 ? EMPTY : new ResponseHeaders(headers);
  }

  /** The first value of {@code name}, compared case-insensitively. */
  public Optional<String> first(String name) {
    for (int i = 0, size = headers.size(); i < size; i++) {
      if (headers.name(i).equalsIgnoreCase(name)) {
        return Optional.of(headers.value(i));
      }
    }
    return Optional.empty();
  }

  /** Every value of {@code name}, compared case-insensitively; empty when absent. */
  public List<String> all(String name) {
    return headers.values(name);
  }

  /** The header names, lower-cased. */
  public Set<String> names() {
    return asMap().keySet();
  }

  /** A read-only map of lower-cased names to values. */
  public Map<String, List<String>> asMap() {
    return headers.toMultimap();
  }

  /** The number of header lines. */
  public int size() {
    return headers.size();
  }

  /** The name of header line {@code index}, as received. */
  public String name(int index) {
    return headers.name(index);
  }

  /** The value of header line {@code index}. */
  public String value(int index) {
    return headers.value(index);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponseHeaders && ((ResponseHeaders) other).headers.equals(headers);
  }

  @Override
  public int hashCode() {
    return headers.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
