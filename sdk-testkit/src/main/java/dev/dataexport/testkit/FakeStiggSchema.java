package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks each Stigg request body the way Stigg's reference schemas do ({@code additionalProperties:
 * false}, lengths 1..255 in code points, at least one model) and words the violations like Stigg's
 * NestJS validation does. The create, sync and token schemas are assumed to follow the update's
 * rules (Stigg publishes their fields, not their full schemas).
 */
final class FakeStiggSchema {
  private static final int MAX = 255;
  private static final Set<String> UPDATE = Set.of("integrationId", "enabledModels");
  private static final Set<String> CREATE =
      Set.of("destinationId", "destinationType", "enabledModels");
  private static final Set<String> SYNC = Set.of("destinationId");
  private static final Set<String> TOKEN =
      Set.of("applicationOrigin", "destinationType", "enabledModels");

  private FakeStiggSchema() {}

  /** Every violation of a selection update's body, in a stable order; empty when valid. */
  static List<String> violations(JsonNode body) {
    List<String> violations = new ArrayList<>();
    if (object(body, UPDATE, violations)) {
      text(body, "integrationId", true, 1, violations);
      models(body, true, violations);
    }
    return violations;
  }

  /** Every violation of a create's body. */
  static List<String> createViolations(JsonNode body) {
    List<String> violations = new ArrayList<>();
    if (object(body, CREATE, violations)) {
      text(body, "destinationId", true, 1, violations);
      text(body, "destinationType", true, 1, violations);
      models(body, false, violations);
    }
    return violations;
  }

  /** Every violation of a sync trigger's body. */
  static List<String> syncViolations(JsonNode body) {
    List<String> violations = new ArrayList<>();
    if (object(body, SYNC, violations)) {
      text(body, "destinationId", false, 1, violations);
    }
    return violations;
  }

  /** Every violation of a scoped-token mint's body. */
  static List<String> tokenViolations(JsonNode body) {
    List<String> violations = new ArrayList<>();
    if (object(body, TOKEN, violations)) {
      text(body, "applicationOrigin", true, 1, violations);
      text(body, "destinationType", false, 0, violations);
      models(body, false, violations);
    }
    return violations;
  }

  /** Adds a length violation of {@code value}, if any; returns whether it added one. */
  static boolean length(String field, String value, List<String> violations) {
    return length(field, value, 1, violations);
  }

  private static boolean length(String field, String value, int min, List<String> violations) {
    int length = value.codePointCount(0, value.length());
    if (length < min) {
      violations.add(field + " must be longer than or equal to " + min + " characters");
      return true;
    }
    if (length > MAX) {
      violations.add(field + " must be shorter than or equal to " + MAX + " characters");
      return true;
    }
    return false;
  }

  private static boolean object(JsonNode body, Set<String> properties, List<String> violations) {
    if (body == null || !body.isObject()) {
      violations.add("request body must be a JSON object");
      return false;
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!properties.contains(name)) {
        violations.add("property " + name + " should not exist");
      }
    }
    return true;
  }

  private static void text(
      JsonNode body, String field, boolean required, int min, List<String> violations) {
    JsonNode value = body.get(field);
    if (value == null && !required) {
      return;
    }
    if (value == null || !value.isTextual()) {
      violations.add(field + " must be a string");
    } else {
      length(field, value.textValue(), min, violations);
    }
  }

  private static void models(JsonNode body, boolean required, List<String> violations) {
    JsonNode models = body.get("enabledModels");
    if (models == null && !required) {
      return;
    }
    if (models == null || !models.isArray()) {
      violations.add("enabledModels must be an array");
    } else if (models.isEmpty()) {
      violations.add("enabledModels must contain at least 1 elements");
    } else {
      for (JsonNode model : models) {
        if (!model.isTextual()) {
          violations.add("each value in enabledModels must be a string");
          return;
        }
      }
      for (JsonNode model : models) {
        if (length("each value in enabledModels", model.textValue(), violations)) {
          break;
        }
      }
    }
  }
}
