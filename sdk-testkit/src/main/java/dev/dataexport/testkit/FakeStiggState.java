package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a {@link FakeStigg} holds and what each call does to it: integrations and their
 * destinations, the model catalog, the transfers ({@link FakeStiggSyncs}) and the scoped tokens.
 * Each call answers a {@link Answer}: the status and the body in Stigg's shape. Guarded by the
 * fake's lock.
 */
final class FakeStiggState {
  /** The integration a create adds to when the fake has none yet (Stigg creates it lazily). */
  static final String DEFAULT_INTEGRATION_ID = "int_data_export";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final Map<String, Map<String, ObjectNode>> integrations = new LinkedHashMap<>();
  final Map<String, Instant> tokens = new LinkedHashMap<>();
  final FakeStiggSyncs syncs;
  private final Clock clock;
  private ArrayNode catalog = defaultCatalog();
  private Duration tokenLifetime = Duration.ofHours(1);

  FakeStiggState(Clock clock) {
    this.clock = clock;
    this.syncs = new FakeStiggSyncs(clock);
  }

  /** A status and a JSON body. */
  record Answer(int status, JsonNode body) {}

  /** Stigg's error shape {@code {"message", "code"}}. */
  static Answer error(int status, String code, String message) {
    ObjectNode body = NODES.objectNode();
    body.put("message", message);
    if (code == null) {
      body.putNull("code");
    } else {
      body.put("code", code);
    }
    return new Answer(status, body);
  }

  /** The seeded catalog: two groups, five models. */
  static ArrayNode defaultCatalog() {
    ArrayNode groups = NODES.arrayNode();
    group(groups, "billing", "Billing", "customers", "Customers", "subscriptions", "Subscriptions")
        .add(model("invoices", "Invoices"));
    group(groups, "usage", "Usage", "usage_events", "Usage events", "entitlements", "Entitlements");
    return groups;
  }

  void catalog(ArrayNode groups) {
    this.catalog = groups;
  }

  ArrayNode catalog() {
    return catalog;
  }

  void tokenLifetime(Duration lifetime) {
    this.tokenLifetime = lifetime;
  }

  Optional<String> integrationOf(String destinationId) {
    for (Map.Entry<String, Map<String, ObjectNode>> integration : integrations.entrySet()) {
      if (integration.getValue().containsKey(destinationId)) {
        return Optional.of(integration.getKey());
      }
    }
    return Optional.empty();
  }

  /** Adds the destination unless the id exists (then nothing changes); answers the list. */
  Answer create(JsonNode body) {
    String destinationId = body.get("destinationId").textValue();
    String integrationId =
        integrationOf(destinationId)
            .orElseGet(
                () ->
                    integrations.isEmpty()
                        ? DEFAULT_INTEGRATION_ID
                        : integrations.keySet().iterator().next());
    Map<String, ObjectNode> destinations =
        integrations.computeIfAbsent(integrationId, id -> new LinkedHashMap<>());
    if (!destinations.containsKey(destinationId)) {
      ObjectNode destination = NODES.objectNode();
      destination.put("type", body.get("destinationType").textValue());
      destination.put("connectedAt", clock.instant().toString());
      destination.put("destinationId", destinationId);
      destination.put("connectionStatus", "connected");
      if (body.has("enabledModels")) {
        destination.set("enabledModels", body.get("enabledModels").deepCopy());
      }
      destinations.put(destinationId, destination);
    }
    return list(integrationId);
  }

  /** Replaces a destination's selection; answers the list. */
  Answer update(String destinationId, JsonNode body) {
    String integrationId = body.get("integrationId").textValue();
    Map<String, ObjectNode> destinations = integrations.get(integrationId);
    if (destinations == null) {
      return error(404, "IntegrationNotFound", "Integration " + integrationId + " not found");
    }
    ObjectNode destination = destinations.get(destinationId);
    if (destination == null) {
      return error(404, null, "DataExport destination " + destinationId + " not found");
    }
    destination.set("enabledModels", body.get("enabledModels").deepCopy());
    return list(integrationId);
  }

  /** Removes a destination; a second delete is not an error. Answers the list. */
  Answer delete(String destinationId) {
    Optional<String> integrationId = integrationOf(destinationId);
    if (integrationId.isEmpty()) {
      String first = integrations.isEmpty() ? null : integrations.keySet().iterator().next();
      return first == null ? destinationsAnswer(NODES.arrayNode()) : list(first);
    }
    integrations.get(integrationId.get()).remove(destinationId);
    syncs.forget(destinationId);
    return list(integrationId.get());
  }

  /** The catalog. */
  Answer models() {
    ObjectNode body = NODES.objectNode();
    body.putObject("data").set("groups", catalog.deepCopy());
    return new Answer(200, body);
  }

  /** Starts a transfer of one destination or of all; answers a result per destination. */
  Answer sync(JsonNode body) {
    ArrayNode results = NODES.arrayNode();
    if (body.has("destinationId")) {
      String destinationId = body.get("destinationId").textValue();
      if (integrationOf(destinationId).isEmpty()) {
        return error(404, null, "DataExport destination " + destinationId + " not found");
      }
      results.add(trigger(destinationId));
    } else {
      integrations.values().forEach(all -> all.keySet().forEach(id -> results.add(trigger(id))));
    }
    ObjectNode answer = NODES.objectNode();
    answer.putObject("data").set("results", results);
    return new Answer(200, answer);
  }

  private ObjectNode trigger(String destinationId) {
    ObjectNode result = NODES.objectNode().put("destinationId", destinationId);
    if (syncs.inProgress(destinationId)) {
      return result.put("triggered", false).put("errorMessage", "a sync is already in progress");
    }
    return result.put("triggered", true).put("transferId", syncs.start(destinationId));
  }

  /** Mints a token valid for the token lifetime. */
  Answer scopedToken(JsonNode body) {
    String token = "fake_scoped_" + UUID.randomUUID();
    Instant expiresAt = clock.instant().plus(tokenLifetime);
    tokens.put(token, expiresAt);
    ObjectNode data = NODES.objectNode();
    data.put("token", token);
    data.put("expiresAt", expiresAt.toString());
    ObjectNode metadata = data.putObject("providerMetadata");
    metadata.put("provider", "fake-stigg");
    metadata.put("applicationOrigin", body.get("applicationOrigin").textValue());
    if (body.has("destinationType")) {
      metadata.put("destinationType", body.get("destinationType").textValue());
    }
    ObjectNode answer = NODES.objectNode();
    answer.set("data", data);
    return new Answer(200, answer);
  }

  /** A destination's JSON as responses show it now (its latest transfer included). */
  ObjectNode shown(ObjectNode stored) {
    return syncs.render(stored.deepCopy());
  }

  private Answer list(String integrationId) {
    ArrayNode list = NODES.arrayNode();
    integrations.get(integrationId).values().forEach(destination -> list.add(shown(destination)));
    return destinationsAnswer(list);
  }

  private static Answer destinationsAnswer(ArrayNode list) {
    ObjectNode body = NODES.objectNode();
    body.putObject("data").set("destinations", list);
    return new Answer(200, body);
  }

  /** Adds a group with two models; returns its models, for more. */
  private static ArrayNode group(
      ArrayNode groups, String id, String name, String m1, String n1, String m2, String n2) {
    ObjectNode group = groups.addObject().put("id", id).put("displayName", name);
    return group.putArray("models").add(model(m1, n1)).add(model(m2, n2));
  }

  private static ObjectNode model(String id, String name) {
    return NODES.objectNode().put("id", id).put("displayName", name);
  }

  /** The JSON of {@code value} (maps and lists as responses show them). */
  static JsonNode tree(Object value) {
    return Json.mapper().valueToTree(value);
  }

  /** The catalog's model ids, in order. */
  List<String> modelIds() {
    List<String> ids = new java.util.ArrayList<>();
    catalog.forEach(group -> group.path("models").forEach(m -> ids.add(m.path("id").asText())));
    return List.copyOf(ids);
  }
}
