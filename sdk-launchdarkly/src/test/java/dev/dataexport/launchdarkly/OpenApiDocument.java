package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Checks a recorded request against LaunchDarkly's OpenAPI document: the operation its method and
 * path match, the path parameters it requires, the credential header of the security scheme, and
 * the request body against the operation's schema (types, required members, enums, items). A small
 * validator of exactly the schema features the destination operations use, so a test failure names
 * the rule the SDK broke.
 */
final class OpenApiDocument {
  /** The extract of the destination operations this module's tests ship. */
  static final String RESOURCE = "/launchdarkly-destinations-openapi.json";

  private final JsonNode root;

  private OpenApiDocument(JsonNode root) {
    this.root = root;
  }

  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      return new OpenApiDocument(Json.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode root() {
    return root;
  }

  /**
   * The problems of {@code request} against the document, empty when it is accepted; the first
   * entry names the operation matched ({@code operation getDestination}).
   */
  List<String> problems(RecordedRequest request) {
    List<String> problems = new ArrayList<>();
    String method = request.getMethod().toLowerCase(Locale.ROOT);
    List<String> segments = request.getRequestUrl().pathSegments();
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      JsonNode operation = path.getValue().get(method);
      String[] template = path.getKey().substring(1).split("/");
      if (operation == null || template.length != segments.size()) {
        continue;
      }
      Map<String, String> params = new java.util.LinkedHashMap<>();
      boolean matches = true;
      for (int i = 0; i < template.length && matches; i++) {
        if (template[i].startsWith("{")) {
          params.put(template[i].substring(1, template[i].length() - 1), segments.get(i));
        } else {
          matches = template[i].equals(segments.get(i));
        }
      }
      if (!matches) {
        continue;
      }
      problems.add("operation " + operation.path("operationId").textValue());
      checkOperation(operation, params, request, problems);
      return problems;
    }
    problems.add("no operation for " + request.getMethod() + " " + request.getPath());
    return problems;
  }

  private void checkOperation(
      JsonNode operation, Map<String, String> params, RecordedRequest request, List<String> out) {
    for (JsonNode param : operation.path("parameters")) {
      if (!"path".equals(param.path("in").textValue())) {
        continue;
      }
      String value = params.get(param.path("name").textValue());
      if (param.path("required").asBoolean() && (value == null || value.isEmpty())) {
        out.add("path parameter " + param.path("name").textValue() + " is missing");
      }
    }
    for (JsonNode scheme : root.path("components").path("securitySchemes")) {
      if ("header".equals(scheme.path("in").textValue())
          && request.getHeader(scheme.path("name").textValue()) == null) {
        out.add("header " + scheme.path("name").textValue() + " is missing");
      }
    }
    JsonNode requestBody = operation.get("requestBody");
    long size = request.getBodySize();
    if (requestBody == null) {
      if (size > 0) {
        out.add("the operation takes no body, but one was sent");
      }
      return;
    }
    if (size == 0) {
      if (requestBody.path("required").asBoolean()) {
        out.add("the request body is required");
      }
      return;
    }
    String contentType = request.getHeader("Content-Type");
    String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
    JsonNode content = requestBody.path("content").get(mediaType);
    if (content == null) {
      out.add("content type " + contentType + " is not one the operation takes");
      return;
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(request.getBody().clone().readUtf8());
    } catch (IOException e) {
      out.add("the body is not JSON");
      return;
    }
    validate(body, content.path("schema"), "body", out);
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    if (ref == null) {
      return schema;
    }
    String name = ref.textValue().substring("#/components/schemas/".length());
    return resolve(root.path("components").path("schemas").path(name));
  }

  /** Validates {@code value} at {@code where} against {@code schema}, adding each problem. */
  void validate(JsonNode value, JsonNode schema, String where, List<String> out) {
    JsonNode s = resolve(schema);
    String type = s.path("type").textValue();
    if (type != null && !hasType(value, type)) {
      out.add(where + " must be " + type + ", was " + value.getNodeType());
      return;
    }
    if (s.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : s.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        out.add(where + " " + value + " is not one of " + s.get("enum"));
      }
    }
    if (value.isObject()) {
      for (JsonNode required : s.path("required")) {
        if (!value.has(required.textValue())) {
          out.add(where + "." + required.textValue() + " is required");
        }
      }
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        JsonNode property = s.path("properties").get(member.getKey());
        if (property != null) {
          validate(member.getValue(), property, where + "." + member.getKey(), out);
        } else if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
          validate(
              member.getValue(), s.get("additionalProperties"), where + "." + member.getKey(), out);
        }
      }
    }
    if (value.isArray() && s.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), s.get("items"), where + "[" + i + "]", out);
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    switch (type) {
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "string":
        return value.isTextual();
      case "number":
        return value.isNumber();
      case "integer":
        return value.isIntegralNumber();
      case "boolean":
        return value.isBoolean();
      default:
        return true;
    }
  }
}
