package dev.dataexport.core.spi;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
  // The builder's array, shared: a builder only appends, so what it adds after build() lies past
  // segmentCount (one array per call instead of a list and its copy).
  private final String[] segments;
  private final int segmentCount;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final Object body;
  private final boolean safeToRepeat;
  private final boolean notFoundAfterRetryIsDone;
  private final String operation;
  private final String pathTemplate;

  /** Bit {@code i} set: segment {@code i} came from a parameter or a link (for the fallback). */
  private final long paramSegments;

  /** Built on first use: most calls succeed and never print themselves. */
  private String display;

  private ApiRequest(Builder builder) {
    // One request is built per call, so nothing is allocated for what the call does not use.
    this.method = builder.method;
    this.segments = builder.segments;
    this.segmentCount = builder.segmentCount;
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
    this.notFoundAfterRetryIsDone = builder.notFoundAfterRetryIsDone;
    this.operation = builder.operation;
    this.pathTemplate = builder.pathTemplate;
    this.paramSegments = builder.paramSegments;
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
    return List.of(Arrays.copyOf(segments, segmentCount));
  }

  /** How many encoded path segments there are (for the prepare layer, without a list). */
  int segmentCount() {
    return segmentCount;
  }

  /** Encoded path segment {@code i}. */
  String segment(int i) {
    return segments[i];
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

  /**
   * Whether a 404 that answers a retry, after an earlier attempt that may have reached the server,
   * is the call's success (a delete that the earlier attempt most likely performed).
   */
  public boolean notFoundAfterRetryIsDone() {
    return notFoundAfterRetryIsDone;
  }

  /**
   * The call's name for metrics and traces ({@code updateSelection}); without {@link
   * Builder#operation} it is {@code METHOD template}, such as {@code GET /things/{param}}.
   */
  public String operation() {
    return operation != null ? operation : method + " " + pathTemplate();
  }

  /**
   * The path with every parameter as {@code {name}} and no concrete id ({@code
   * /api/v1/data-export/destinations/{destinationId}}); without {@link Builder#operation} the fixed
   * segments with each parameter or link segment as {@code {param}}.
   */
  public String pathTemplate() {
    if (pathTemplate != null) {
      return pathTemplate;
    }
    StringBuilder out = new StringBuilder(64);
    for (int i = 0; i < segmentCount; i++) {
      boolean param = i >= Long.SIZE || (paramSegments & (1L << i)) != 0;
      out.append('/').append(param ? "{param}" : segments[i]);
    }
    return segmentCount == 0 ? "/" : out.toString();
  }

  /** {@code METHOD /encoded/path}, used in logs and exception messages. */
  @Override
  public String toString() {
    String text = display;
    if (text == null) { // a benign race: every thread computes the same string
      StringBuilder out = new StringBuilder(64).append(method).append(' ');
      for (int i = 0; i < segmentCount; i++) {
        out.append('/').append(segments[i]);
      }
      text = segmentCount == 0 ? out.append('/').toString() : out.toString();
      display = text;
    }
    return text;
  }

  /** Builds an {@link ApiRequest}; not thread-safe. */
  public static final class Builder {
    private final HttpMethod method;
    private String[] segments = new String[8];
    private int segmentCount;
    private Map<String, String> query;
    private Map<String, String> headers;
    private Object body;
    private boolean safeToRepeat;
    private boolean notFoundAfterRetryIsDone;
    private String operation;
    private String pathTemplate;
    private long paramSegments;

    private Builder(HttpMethod method) {
      this.method = Objects.requireNonNull(method, "method");
    }

    /**
     * Appends fixed path segments such as {@code "api", "v1"}; they are encoded like parameters.
     */
    public Builder path(String... segments) {
      for (String segment : segments) {
        append(PathSegment.encode("path segment", segment));
      }
      return this;
    }

    /**
     * Appends a caller-supplied path parameter, validated and encoded; errors name {@code field}.
     */
    public Builder pathParam(String field, String value) {
      markParam();
      append(PathSegment.encode(field, value));
      return this;
    }

    private void markParam() {
      if (segmentCount < Long.SIZE) {
        paramSegments |= 1L << segmentCount;
      }
    }

    /**
     * Names the call for listeners, metrics and traces: {@code name} such as {@code
     * updateSelection}, and the path as written in the vendor's documentation with each parameter
     * as {@code {name}} ({@code /api/v1/data-export/destinations/{destinationId}}). Both are fixed
     * texts of the SDK, never caller input. Without it the operation is {@code METHOD template}.
     */
    public Builder operation(String name, String pathTemplate) {
      this.operation = Checks.notBlank("operation", name);
      this.pathTemplate = Checks.notBlank("pathTemplate", pathTemplate);
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

    /**
     * Makes a 404 on a retry the call's success when an earlier attempt may have reached the server
     * (default false): for deletes, where that attempt most likely removed the resource. The
     * decoder then sees the 404 and says so in its value (see {@link ResponseDecoder#deletion()}).
     */
    public Builder notFoundAfterRetryIsDone(boolean notFoundAfterRetryIsDone) {
      this.notFoundAfterRetryIsDone = notFoundAfterRetryIsDone;
      return this;
    }

    /**
     * Appends the path and query of {@code link}, a URL the server returned (a next-page link),
     * after checking that it stays on {@code baseUrl}'s origin and under its path, so the
     * credential never leaves the base URL; {@code field} names the link in the error.
     *
     * @throws IllegalArgumentException when the link is not a URL, or points elsewhere
     */
    public Builder link(okhttp3.HttpUrl baseUrl, String field, String link) {
      okhttp3.HttpUrl url = link == null ? null : baseUrl.resolve(link);
      if (url == null) {
        throw new IllegalArgumentException(field + " is not a URL");
      }
      if (!RequestPreparer.OriginGuard.sameOrigin(url, baseUrl)) {
        throw new IllegalArgumentException(
            field
                + " points to "
                + url.scheme()
                + "://"
                + url.host()
                + ":"
                + url.port()
                + ", not to the base URL's origin: refused, so the credential never leaves "
                + baseUrl.scheme()
                + "://"
                + baseUrl.host());
      }
      List<String> base = baseUrl.encodedPathSegments();
      int baseSize = base.get(base.size() - 1).isEmpty() ? base.size() - 1 : base.size();
      List<String> segments = url.encodedPathSegments();
      if (segments.size() < baseSize
          || !segments.subList(0, baseSize).equals(base.subList(0, baseSize))) {
        throw new IllegalArgumentException(
            field + " leaves the base URL's path " + baseUrl.encodedPath() + ": refused");
      }
      List<String> decoded = url.pathSegments();
      for (int i = baseSize; i < decoded.size(); i++) {
        markParam();
        append(PathSegment.encode(field, decoded.get(i)));
      }
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        query(url.queryParameterName(i), value == null ? "" : value);
      }
      return this;
    }

    private void append(String segment) {
      if (segmentCount == segments.length) {
        segments = Arrays.copyOf(segments, segmentCount * 2);
      }
      segments[segmentCount++] = segment;
    }

    /** Builds the request. */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }

  /** The HTTP methods the SDK sends. */
  public enum HttpMethod {
    /** Read. */
    GET,
    /** Create. */
    POST,
    /** Partial update. */
    PATCH,
    /** Replace. */
    PUT,
    /** Delete. */
    DELETE
  }

  /**
   * Percent-encodes one URL path segment (RFC 3986): everything but unreserved characters and
   * sub-delimiters safe in a path is encoded as UTF-8 {@code %XX}, so {@code /}, {@code ?}, {@code
   * #}, {@code %}, spaces and non-ASCII stay inside the segment. Segments that are exactly {@code
   * .} or {@code ..} are rejected: every HTTP stack (OkHttp included) resolves them, even encoded,
   * so they cannot name a resource.
   */
  public static final class PathSegment {
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
}
