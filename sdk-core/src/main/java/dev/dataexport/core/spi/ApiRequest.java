package dev.dataexport.core.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable description of one call: method, encoded path segments, query, headers, JSON body
 * and whether it is safe to repeat. Vendor modules build it; the {@link Transport} sends it. Path
 * parameters are validated and encoded when added, so bad input fails before any I/O.
 */
public final class ApiRequest {
  private final HttpMethod method;
  private final List<String> encodedPath;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final Object body;
  private final boolean safeToRepeat;

  /** Built on first use: most calls succeed and never print themselves. */
  private String display;

  private ApiRequest(Builder builder) {
    // One request is built per call, so nothing is allocated for what the call does not use.
    this.method = builder.method;
    this.encodedPath = List.copyOf(builder.encodedPath);
    this.query =
        builder.query == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.query));
    this.headers =
        builder.headers == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.body = builder.body;
    this.safeToRepeat = builder.safeToRepeat;
  }

  /** A builder for a call with {@code method}. */
  public static Builder builder(HttpMethod method) {
    return new Builder(method);
  }

  /** The HTTP method. */
  public HttpMethod method() {
    return method;
  }

  /** The path segments, already percent-encoded, relative to the base URL. */
  public List<String> encodedPath() {
    return encodedPath;
  }

  /** Query parameters (not encoded). */
  public Map<String, String> query() {
    return query;
  }

  /** Headers of this call (vendor headers such as an environment id); no credentials. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The object written as the JSON body, or null for no body. */
  public Object body() {
    return body;
  }

  /**
   * Whether repeating the call cannot change the outcome (retries then cover every transient
   * failure).
   */
  public boolean safeToRepeat() {
    return safeToRepeat;
  }

  /** {@code METHOD /encoded/path}, used in logs and exception messages. */
  @Override
  public String toString() {
    String text = display;
    if (text == null) { // a benign race: every thread computes the same string
      StringBuilder out = new StringBuilder(64).append(method).append(' ');
      for (String segment : encodedPath) {
        out.append('/').append(segment);
      }
      text = encodedPath.isEmpty() ? out.append('/').toString() : out.toString();
      display = text;
    }
    return text;
  }

  /** Builds an {@link ApiRequest}; not thread-safe. */
  public static final class Builder {
    private final HttpMethod method;
    private final List<String> encodedPath = new ArrayList<>(8);
    private Map<String, String> query;
    private Map<String, String> headers;
    private Object body;
    private boolean safeToRepeat;

    private Builder(HttpMethod method) {
      this.method = Objects.requireNonNull(method, "method");
    }

    /**
     * Appends fixed path segments such as {@code "api", "v1"}; they are encoded like parameters.
     */
    public Builder path(String... segments) {
      for (String segment : segments) {
        encodedPath.add(PathSegment.encode("path segment", segment));
      }
      return this;
    }

    /**
     * Appends a caller-supplied path parameter, validated and encoded; errors name {@code field}.
     */
    public Builder pathParam(String field, String value) {
      encodedPath.add(PathSegment.encode(field, value));
      return this;
    }

    /** Adds a query parameter. */
    public Builder query(String name, String value) {
      if (query == null) {
        query = new LinkedHashMap<>();
      }
      query.put(Objects.requireNonNull(name, "query name"), Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * Adds a header of this call; the name must be an HTTP token and the value printable ASCII (no
     * CR/LF).
     */
    public Builder header(String name, String value) {
      Checks.header(name, value);
      if (headers == null) {
        headers = new LinkedHashMap<>();
      }
      headers.put(name, value);
      return this;
    }

    /** Sets the object written as the JSON body with the core's mapper. */
    public Builder jsonBody(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** Marks the call safe to repeat (default false). */
    public Builder safeToRepeat(boolean safeToRepeat) {
      this.safeToRepeat = safeToRepeat;
      return this;
    }

    /** Builds the request. */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
