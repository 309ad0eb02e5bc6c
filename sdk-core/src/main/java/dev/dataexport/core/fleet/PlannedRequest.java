package dev.dataexport.core.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.VendorProfile;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The request a planned write would send, safe to print or log: method, encoded path, query,
 * headers and JSON body, with every {@link Secret} written as {@value Secret#MASK} and the values
 * of sensitive members ({@code password}, {@code token}, {@code writeKey}, … the core's list of
 * {@link VendorProfile#sensitiveFields()}, and the vendor's own names) masked too, including a JSON
 * Patch operation whose {@code path} ends in such a name. Immutable and thread-safe. The credential
 * is never part of it: the client adds it on the wire.
 */
public final class PlannedRequest {
  private static final Set<String> CORE_SENSITIVE =
      VendorProfile.builder("fleet").build().sensitiveFields();

  private final Set<String> sensitive;

  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final JsonNode body;

  private PlannedRequest(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      Object body,
      Set<String> sensitive) {
    this.sensitive = sensitive;
    this.method = method;
    this.path = path;
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    Map<String, String> masked = new LinkedHashMap<>();
    headers.forEach((name, value) -> masked.put(name, sensitiveHeader(name) ? Secret.MASK : value));
    this.headers = Collections.unmodifiableMap(masked);
    this.body = body == null ? null : mask(Json.redactingMapper().valueToTree(body));
  }

  /**
   * The request a vendor module built for the call ({@code XRequests}), described exactly, with the
   * core's sensitive member names masked; a vendor module passes its own names too, see {@link
   * #of(ApiRequest, Collection)}.
   */
  public static PlannedRequest of(ApiRequest request) {
    return of(request, CORE_SENSITIVE);
  }

  /**
   * The request a vendor module built for the call, with the vendor's own sensitive member names
   * masked as well as the core's (Prequel's {@code storage_account_access_key}, for one): the names
   * its profile gives {@link VendorProfile.Builder#sensitiveFields}, so a plan masks what the
   * client's logs mask.
   */
  public static PlannedRequest of(ApiRequest request, Collection<String> vendorSensitiveFields) {
    Checks.notNull("vendorSensitiveFields", vendorSensitiveFields);
    return of(
        request,
        VendorProfile.builder("fleet")
            .sensitiveFields(vendorSensitiveFields.toArray(new String[0]))
            .build()
            .sensitiveFields());
  }

  private static PlannedRequest of(ApiRequest request, Set<String> sensitive) {
    Checks.notNull("request", request);
    String text = request.toString();
    return new PlannedRequest(
        request.method().name(),
        text.substring(text.indexOf(' ') + 1),
        request.query(),
        request.headers(),
        request.body(),
        sensitive);
  }

  /**
   * A request given by its parts: {@code method} ({@code PATCH}), the path's segments (each
   * percent-encoded here, so an id with {@code /} stays one segment) and the object written as the
   * JSON body, or null for none.
   *
   * @throws IllegalArgumentException when {@code method} is not an HTTP token or a segment is
   *     empty, {@code .} or {@code ..}
   */
  public static PlannedRequest of(String method, List<String> pathSegments, Object body) {
    Checks.notNull("method", method);
    if (!Checks.isToken(method)) {
      throw new IllegalArgumentException("method must be an HTTP token");
    }
    Checks.notNull("pathSegments", pathSegments);
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < pathSegments.size(); i++) {
      String segment = Checks.notNull("pathSegments", i, pathSegments.get(i));
      path.append('/')
          .append(ApiRequest.PathSegment.encode(Checks.name("pathSegments", i), segment));
    }
    return new PlannedRequest(
        method,
        path.length() == 0 ? "/" : path.toString(),
        Map.of(),
        Map.of(),
        body,
        CORE_SENSITIVE);
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path, each segment percent-encoded, starting with {@code /}. */
  public String path() {
    return path;
  }

  /** The query parameters, not encoded. */
  public Map<String, String> query() {
    return query;
  }

  /** The call's own headers (sensitive values masked); never the client's credential. */
  public Map<String, String> headers() {
    return headers;
  }

  /** A copy of the masked JSON body, or empty when the request has none. */
  public Optional<JsonNode> body() {
    return body == null ? Optional.empty() : Optional.of(body.deepCopy());
  }

  /** {@code PATCH /path?query [Header: value] {"json":"body"}}, masked. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(64).append(method).append(' ').append(path);
    char separator = '?';
    for (Map.Entry<String, String> entry : query.entrySet()) {
      text.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
      separator = '&';
    }
    headers.forEach(
        (name, value) -> text.append(" [").append(name).append(": ").append(value).append(']'));
    if (body != null) {
      text.append(' ').append(body);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PlannedRequest && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /**
   * A header named like a sensitive field, or ending in one ({@code X-API-KEY}, {@code X-Token}).
   */
  private boolean sensitiveHeader(String name) {
    String normalized = VendorProfile.normalize(name);
    for (String field : sensitive) {
      if (normalized.endsWith(field)) {
        return true;
      }
    }
    return false;
  }

  private boolean sensitive(String name) {
    return sensitive.contains(VendorProfile.normalize(name));
  }

  /** Masks sensitive members in place; the tree is this object's own copy. */
  private JsonNode mask(JsonNode node) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      // A JSON Patch operation names its target in "path": {"path": "/config/writeKey", "value":
      // ...}
      JsonNode target = object.get("path");
      boolean patchOfSecret =
          target != null && target.isTextual() && sensitive(lastSegment(target.asText()));
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        boolean hide =
            sensitive(member.getKey()) || (patchOfSecret && member.getKey().equals("value"));
        if (hide && !member.getValue().isNull()) {
          member.setValue(TextNode.valueOf(Secret.MASK));
        } else {
          mask(member.getValue());
        }
      }
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        mask(element);
      }
    }
    return node;
  }

  private static String lastSegment(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
