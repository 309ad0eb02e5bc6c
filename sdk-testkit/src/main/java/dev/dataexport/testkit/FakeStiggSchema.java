package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a selection update the way Stigg's reference schema does ({@code additionalProperties:
 * false}, lengths 1..255 in code points, at least one model) and words the violations like Stigg's
 * NestJS validation does.
 */
final class FakeStiggSchema {
  private static final int MAX = 255;
  private static final Set<String> PROPERTIES = Set.of("integrationId", "enabledModels");

  private FakeStiggSchema() {}

  /** Every violation of the body, in a stable order; empty when the body is valid. */
  static List<String> violations(JsonNode body) {
    List<String> violations = new ArrayList<>();
    if (body == null || !body.isObject()) {
      violations.add("request body must be a JSON object");
      return violations;
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!PROPERTIES.contains(name)) {
        violations.add("property " + name + " should not exist");
      }
    }
    JsonNode integrationId = body.get("integrationId");
    if (integrationId == null || !integrationId.isTextual()) {
      violations.add("integrationId must be a string");
    } else {
      length("integrationId", integrationId.textValue(), violations);
    }
    JsonNode models = body.get("enabledModels");
    if (models == null || !models.isArray()) {
      violations.add("enabledModels must be an array");
    } else if (models.isEmpty()) {
      violations.add("enabledModels must contain at least 1 elements");
    } else {
      boolean allStrings = true;
      for (JsonNode model : models) {
        if (!model.isTextual()) {
          allStrings = false;
        }
      }
      if (!allStrings) {
        violations.add("each value in enabledModels must be a string");
      } else {
        for (JsonNode model : models) {
          if (length("each value in enabledModels", model.textValue(), violations)) {
            break;
          }
        }
      }
    }
    return violations;
  }

  /** Adds a length violation of {@code value}, if any; returns whether it added one. */
  static boolean length(String field, String value, List<String> violations) {
    int length = value.codePointCount(0, value.length());
    if (length < 1) {
      violations.add(field + " must be longer than or equal to 1 characters");
      return true;
    }
    if (length > MAX) {
      violations.add(field + " must be shorter than or equal to " + MAX + " characters");
      return true;
    }
    return false;
  }
}
