package dev.dataexport.stigg.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.VendorProfile;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What the core needs to know about Stigg: its error body {@code {"message", "code"}}. Not API. */
public final class StiggProfile {
  /**
   * Member names masked in logs and fleet plans beyond the core's list: none, since Stigg's
   * requests carry no credential field.
   */
  public static final List<String> SENSITIVE_FIELDS = List.of();

  /** The profile every Stigg client's transport is built with. */
  public static final VendorProfile PROFILE =
      VendorProfile.builder("stigg")
          .errorParser(StiggProfile::parseError)
          .sensitiveFields(SENSITIVE_FIELDS.toArray(new String[0]))
          .build();

  private static final ObjectReader TREE = Json.mapper().reader();

  private StiggProfile() {}

  /**
   * Reads {@code {"message": string, "code": string|null}}. A message given as an array of strings
   * (the shape of NestJS validation errors) is joined with "; ".
   */
  static ErrorBody parseError(int status, ResponseHeaders headers, byte[] body) throws IOException {
    if (body.length == 0) {
      return ErrorBody.empty();
    }
    JsonNode node = TREE.readTree(body);
    if (node == null || !node.isObject()) {
      return ErrorBody.empty();
    }
    JsonNode code = node.get("code");
    return new ErrorBody(
        code != null && code.isTextual() ? code.textValue() : null, message(node.get("message")));
  }

  private static String message(JsonNode message) {
    if (message == null || message.isNull()) {
      return null;
    }
    if (message.isArray()) {
      List<String> parts = new ArrayList<>();
      message.forEach(part -> parts.add(part.isTextual() ? part.textValue() : part.toString()));
      return String.join("; ", parts);
    }
    return message.isTextual() ? message.textValue() : message.toString();
  }
}
