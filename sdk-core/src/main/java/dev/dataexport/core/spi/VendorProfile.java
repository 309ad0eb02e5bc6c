package dev.dataexport.core.spi;

import dev.dataexport.core.ResponseHeaders;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a vendor module tells the core about its API: fixed headers (API version), where the request
 * id is, how to read an error body, an extra rate-limit header to wait on, and which JSON fields to
 * mask in logs. Immutable.
 */
public final class VendorProfile {
  /**
   * Reads the vendor's error body; may throw on a body it cannot read (the core then reports no
   * code).
   */
  @FunctionalInterface
  public interface ErrorParser {
    /** Reads code and message from an error response body. */
    ErrorBody parse(int status, ResponseHeaders headers, byte[] body) throws IOException;
  }

  /**
   * Computes a wait from vendor rate-limit headers, consulted when no {@code Retry-After} header is
   * present.
   */
  @FunctionalInterface
  public interface RateLimitWait {
    /** The wait the headers ask for, or empty. */
    Optional<Duration> waitFor(ResponseHeaders headers, Clock clock);
  }

  private final String name;
  private final Map<String, String> fixedHeaders;
  private final List<String> requestIdHeaders;
  private final ErrorParser errorParser;
  private final RateLimitWait rateLimitWait;
  private final Set<String> sensitiveFields;

  private VendorProfile(Builder builder) {
    this.name = builder.name;
    this.fixedHeaders = Map.copyOf(builder.fixedHeaders);
    this.requestIdHeaders = List.copyOf(builder.requestIdHeaders);
    this.errorParser = builder.errorParser;
    this.rateLimitWait = builder.rateLimitWait;
    this.sensitiveFields = Set.copyOf(builder.sensitiveFields);
  }

  /** A builder for the vendor called {@code name} (used in logs). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The vendor's name. */
  public String name() {
    return name;
  }

  /** Headers sent on every call, such as an API version. */
  public Map<String, String> fixedHeaders() {
    return fixedHeaders;
  }

  /** Response headers that may carry the request id, in order of preference. */
  public List<String> requestIdHeaders() {
    return requestIdHeaders;
  }

  /** The error body parser. */
  public ErrorParser errorParser() {
    return errorParser;
  }

  /** The vendor's rate-limit wait. */
  public RateLimitWait rateLimitWait() {
    return rateLimitWait;
  }

  /**
   * JSON field names (lower case, without {@code _} and {@code -}) whose values are masked in logs.
   */
  public Set<String> sensitiveFields() {
    return sensitiveFields;
  }

  /** Builds a {@link VendorProfile}; not thread-safe. */
  public static final class Builder {
    private final String name;
    private final Map<String, String> fixedHeaders = new LinkedHashMap<>();
    private final List<String> requestIdHeaders =
        new ArrayList<>(List.of("X-Request-Id", "Request-Id"));
    private ErrorParser errorParser = (status, headers, body) -> ErrorBody.empty();
    private RateLimitWait rateLimitWait = (headers, clock) -> Optional.empty();
    private final Set<String> sensitiveFields =
        new TreeSet<>(
            Set.of(
                "password",
                "secret",
                "token",
                "apikey",
                "accesstoken",
                "authorization",
                "clientsecret",
                "privatekey",
                "writekey",
                "policykey",
                "secretkey",
                "secretaccesskey",
                "sastoken",
                "serviceaccountkey",
                "hmacsecret",
                "credentials"));

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds a header sent on every call. */
    public Builder fixedHeader(String name, String value) {
      Checks.header(name, value);
      fixedHeaders.put(name, value);
      return this;
    }

    /** Replaces the request-id headers (default {@code X-Request-Id}, {@code Request-Id}). */
    public Builder requestIdHeaders(String... names) {
      requestIdHeaders.clear();
      requestIdHeaders.addAll(List.of(names));
      return this;
    }

    /** Sets the error body parser. */
    public Builder errorParser(ErrorParser errorParser) {
      this.errorParser = Objects.requireNonNull(errorParser, "errorParser");
      return this;
    }

    /** Sets the vendor's rate-limit wait. */
    public Builder rateLimitWait(RateLimitWait rateLimitWait) {
      this.rateLimitWait = Objects.requireNonNull(rateLimitWait, "rateLimitWait");
      return this;
    }

    /**
     * Adds JSON field names masked in logs (compared lower case, ignoring {@code _} and {@code -}).
     */
    public Builder sensitiveFields(String... names) {
      for (String field : names) {
        sensitiveFields.add(normalize(field));
      }
      return this;
    }

    /** Builds the profile. */
    public VendorProfile build() {
      return new VendorProfile(this);
    }
  }

  /**
   * Lower-cases a field name and drops {@code _} and {@code -}, so {@code api_key} and {@code
   * apiKey} match.
   */
  public static String normalize(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '_' && c != '-') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * The vendor's error code and message read from an error response; either may be null.
   *
   * @param code the vendor's error code
   * @param message the vendor's human-readable message
   */
  public record ErrorBody(String code, String message) {
    private static final ErrorBody EMPTY = new ErrorBody(null, null);

    /** Neither code nor message. */
    public static ErrorBody empty() {
      return EMPTY;
    }
  }
}
