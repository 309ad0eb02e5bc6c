package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.MergePatch;
import dev.dataexport.launchdarkly.PatchOp;
import dev.dataexport.launchdarkly.PatchOperation;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link FakeLaunchDarkly} changes a stored destination: the three body forms of a {@code
 * PATCH} told apart as LaunchDarkly does, its read-only fields, and the checks of the result.
 */
final class FakeLaunchDarklyPatches {
  private static final Set<String> READ_ONLY =
      Set.of("version", "createdAt", "kind", "maintainerId");

  private FakeLaunchDarklyPatches() {}

  /**
   * Reads the body the way LaunchDarkly tells the forms apart: array, commented wrapper, or merge
   * object.
   */
  static JsonNode apply(JsonNode body, ObjectNode stored) {
    if (body.isArray()) {
      return applyJsonPatch(JsonPatch.fromJson(body), stored);
    }
    if (!body.isObject()) {
      throw new IllegalArgumentException(
          "The request body must be a JSON Patch array or a JSON object");
    }
    if (body.has("patch") || body.has("merge") || body.has("comment")) {
      if (body.has("comment") && !body.get("comment").isTextual()) {
        throw new IllegalArgumentException("comment must be a string");
      }
      if (body.has("patch") == body.has("merge")) {
        throw new IllegalArgumentException(
            "A commented update needs exactly one of patch or merge");
      }
      if (body.has("patch")) {
        return applyJsonPatch(JsonPatch.fromJson(body.get("patch")), stored);
      }
      return applyMerge(body.get("merge"), stored);
    }
    return applyMerge(body, stored);
  }

  private static JsonNode applyJsonPatch(JsonPatch patch, ObjectNode stored) {
    for (PatchOperation operation : patch.operations()) {
      if (operation.op() != PatchOp.TEST) {
        checkWritable(
            operation.path().segments().isEmpty() ? "" : operation.path().segments().get(0));
        if (operation.op() == PatchOp.MOVE) {
          List<String> from = operation.from().orElseThrow().segments();
          checkWritable(from.isEmpty() ? "" : from.get(0));
        }
      }
    }
    return patch.apply(stored);
  }

  private static JsonNode applyMerge(JsonNode merge, ObjectNode stored) {
    if (!merge.isObject()) {
      throw new IllegalArgumentException("merge must be a JSON object");
    }
    merge.fieldNames().forEachRemaining(FakeLaunchDarklyPatches::checkWritable);
    return MergePatch.of(merge).apply(stored);
  }

  private static void checkWritable(String field) {
    if (field.isEmpty() || field.startsWith("_") || READ_ONLY.contains(field)) {
      throw new IllegalArgumentException("'" + field + "' is read-only");
    }
  }

  static String validate(ObjectNode before, JsonNode after) {
    if (!after.isObject()) {
      return "A destination must stay a JSON object";
    }
    if (after.has("on") && !after.get("on").isBoolean()) {
      return "on must be a boolean";
    }
    if (after.has("name") && !after.get("name").isTextual()) {
      return "name must be a string";
    }
    if (after.has("config") && !after.get("config").isObject()) {
      return "config must be an object";
    }
    if (!Objects.equals(before.get("_id"), after.get("_id"))) {
      return "_id is read-only";
    }
    return null;
  }

  /**
   * What is wrong with the body of a create ({@code {"name"?, "kind", "config", "on"?}}), or null:
   * the checks LaunchDarkly's schema makes.
   */
  static String validateNew(JsonNode body) {
    if (!body.isObject()) {
      return "The request body must be a JSON object";
    }
    if (!body.path("kind").isTextual() || body.path("kind").textValue().isBlank()) {
      return "kind is required and must be a string";
    }
    if (!body.path("config").isObject()) {
      return "config is required and must be an object";
    }
    if (body.has("on") && !body.get("on").isBoolean()) {
      return "on must be a boolean";
    }
    if (body.has("name") && !body.get("name").isTextual()) {
      return "name must be a string";
    }
    return null;
  }
}
