package dev.dataexport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON Patch a LaunchDarkly fleet's plan shows for one destination: the fields of the change
 * that differ from the destination as listed or read, guarded by {@code test /version}, as the
 * SDK's {@code update} sends it (which reads the destination again and diffs once more, so what is
 * sent is computed against the freshest version).
 */
final class LaunchDarklyPlannedPatch {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private LaunchDarklyPlannedPatch() {}

  /** The planned request, or empty when nothing differs. */
  static Optional<PlannedRequest> of(
      DestinationKey key, Destination current, DestinationChange change) {
    ArrayNode operations = NODES.arrayNode();
    change
        .on()
        .filter(on -> !current.on().equals(Optional.of(on)))
        .ifPresent(on -> operations.add(operation("replace", "/on", NODES.booleanNode(on))));
    change
        .name()
        .filter(name -> !current.name().equals(Optional.of(name)))
        .ifPresent(name -> operations.add(operation("replace", "/name", NODES.textNode(name))));
    JsonNode config = current.config();
    for (Map.Entry<String, JsonNode> member : change.config().entrySet()) {
      JsonNode now = config.get(member.getKey());
      if (!member.getValue().equals(now)) {
        operations.add(
            operation(
                now == null ? "add" : "replace", "/config/" + member.getKey(), member.getValue()));
      }
    }
    for (String removed : change.removedConfig()) {
      if (config.has(removed)) {
        operations.add(operation("remove", "/config/" + removed, null));
      }
    }
    if (operations.isEmpty()) {
      return Optional.empty();
    }
    if (current.version().isPresent()) {
      operations.insert(
          0, operation("test", "/version", NODES.numberNode(current.version().getAsLong())));
    }
    JsonNode body = operations;
    if (change.comment().isPresent()) {
      ObjectNode commented = NODES.objectNode();
      commented.put("comment", change.comment().get());
      commented.set("patch", operations);
      body = commented;
    }
    return Optional.of(
        PlannedRequest.of(
            "PATCH",
            List.of("api", "v2", "destinations", key.projectKey(), key.environmentKey(), key.id()),
            body));
  }

  private static ObjectNode operation(String op, String path, JsonNode value) {
    ObjectNode operation = NODES.objectNode().put("op", op).put("path", path);
    if (value != null) {
      operation.set("value", value);
    }
    return operation;
  }
}
