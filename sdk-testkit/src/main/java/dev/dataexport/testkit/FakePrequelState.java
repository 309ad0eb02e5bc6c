package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The destinations of a {@link FakePrequel}, credentials included, in creation order: seeding,
 * creation with Prequel's defaults, merging updates, deletion, and the copy a response may show
 * (credential objects removed). Not thread-safe: the fake calls it under its own lock.
 */
final class FakePrequelState {
  private final Map<String, FakePrequelPaging.Row<ObjectNode>> destinations = new LinkedHashMap<>();
  private long sequence;
  private long created;

  /** Stores {@code destination} (a copy) under its {@code id}, replacing one of the same id. */
  void put(ObjectNode destination) {
    String id = destination.get("id").textValue();
    FakePrequelPaging.Row<ObjectNode> existing = destinations.get(id);
    long seq = existing == null ? ++sequence : existing.seq();
    destinations.put(id, new FakePrequelPaging.Row<>(seq, destination.deepCopy()));
  }

  /** The stored destination itself (not a copy), if it exists. */
  Optional<ObjectNode> find(String id) {
    FakePrequelPaging.Row<ObjectNode> row = destinations.get(id);
    return row == null ? Optional.empty() : Optional.of(row.item());
  }

  /** The stored destination itself, or Prequel's 404. */
  ObjectNode require(String id) {
    return find(id)
        .orElseThrow(() -> new FakePrequelError(404, "destination " + id + " not found"));
  }

  /** How many destinations are stored. */
  int size() {
    return destinations.size();
  }

  /**
   * Stores a new destination from a checked create body's {@code destination} object, with a new id
   * and Prequel's defaults for what it leaves out, and returns it.
   *
   * @throws FakePrequelError 409 when another destination has the same name
   */
  ObjectNode create(ObjectNode fields, String now) {
    requireUniqueName(fields.get("name"), null);
    String id;
    do {
      // deterministic ids, so a test's runs compare; skipping any a seeded destination took
      id =
          UUID.nameUUIDFromBytes(("destination-" + ++created).getBytes(StandardCharsets.UTF_8))
              .toString();
    } while (destinations.containsKey(id));
    ObjectNode destination = defaults(id, fields.get("vendor").textValue(), now);
    destination.setAll(fields.deepCopy());
    destination.put("id", id).put("created_at", now).put("updated_at", now);
    put(destination);
    return require(id);
  }

  /**
   * Merges {@code changes} into the stored destination (JSON Merge Patch, RFC 7386: objects merge,
   * anything else replaces, null removes).
   *
   * @throws FakePrequelError 409 when the new name is another destination's
   */
  void update(ObjectNode stored, ObjectNode changes, String now) {
    requireUniqueName(changes.get("name"), stored);
    merge(stored, changes);
    stored.put("updated_at", now);
  }

  /** Removes a destination, or answers Prequel's 404. */
  void delete(String id) {
    require(id);
    destinations.remove(id);
  }

  /** The destinations {@code visible} accepts by id, in paging order. */
  List<FakePrequelPaging.Row<ObjectNode>> rows(Predicate<String> visible) {
    List<FakePrequelPaging.Row<ObjectNode>> rows = new ArrayList<>();
    for (Map.Entry<String, FakePrequelPaging.Row<ObjectNode>> entry : destinations.entrySet()) {
      if (visible.test(entry.getKey())) {
        rows.add(entry.getValue());
      }
    }
    return rows;
  }

  /** A destination with the fields Prequel fills in when they are not given. */
  static ObjectNode defaults(String id, String vendor, String now) {
    ObjectNode destination = JsonNodeFactory.instance.objectNode();
    destination
        .put("id", id)
        .put("vendor", vendor)
        .put("name", id)
        .put("recipient_id", "rcp_fake")
        .put("created_at", now)
        .put("updated_at", now)
        .put("frequency_minutes", 60)
        .put("is_enabled", true)
        .put("max_concurrent_transfers", 1)
        .put("max_concurrent_queries_per_transfer", 1);
    destination.putArray("products");
    destination.putArray("enabled_models");
    destination.putObject(vendor);
    return destination;
  }

  /** A copy of {@code node} without any credential object, as every response shows it. */
  static JsonNode withoutCredentials(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove(FakePrequelSchema.CREDENTIAL_OBJECTS);
    }
    node.forEach(FakePrequelState::strip);
  }

  private void requireUniqueName(JsonNode name, ObjectNode except) {
    if (name == null) {
      return;
    }
    for (FakePrequelPaging.Row<ObjectNode> other : destinations.values()) {
      if (other.item() != except && name.equals(other.item().get("name"))) {
        throw new FakePrequelError(
            409, "a destination named '" + name.textValue() + "' already exists");
      }
    }
  }

  private static void merge(ObjectNode target, ObjectNode changes) {
    for (Map.Entry<String, JsonNode> field : changes.properties()) {
      JsonNode value = field.getValue();
      JsonNode current = target.get(field.getKey());
      if (value.isNull()) {
        target.remove(field.getKey());
      } else if (value.isObject() && current != null && current.isObject()) {
        merge((ObjectNode) current, (ObjectNode) value);
      } else {
        target.set(field.getKey(), value.deepCopy());
      }
    }
  }
}
