package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.PrequelClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An in-process fake of Prequel's {@code GET} and {@code PATCH /destinations/{destination_id}}. It
 * keeps destinations in memory (seed them with {@link #addDestination}), merges each PATCH into the
 * stored destination (nested objects merged, arrays replaced, JSON {@code null} clears), stores
 * credentials but never returns them, and checks requests like Prequel: {@code X-API-KEY}, {@code
 * X-Prequel-Api-Version}, content type and body schema. Errors use Prequel's envelope {@code
 * {"status": "error", "message": ...}} with 400, 401, 403, 404, 405 or 409, and no error code:
 * Prequel documents none, so {@code PrequelErrorCode.from(e)} is empty against the fake as well.
 *
 * <pre>{@code
 * @RegisterExtension final FakePrequel prequel = new FakePrequel();
 *
 * @Test void changesSchedule() {
 *   prequel.addDestination("dst_1", "postgres", null);
 *   prequel.client().destinations().update("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class FakePrequel extends FakeServer {
  /** The API key the fake accepts unless another is given. */
  public static final String DEFAULT_API_KEY = "sk_test_fakeprequel";

  private final String apiKey;
  private final Set<String> apiVersions =
      new LinkedHashSet<>(Set.of(PrequelClient.DEFAULT_API_VERSION));
  private final Map<String, ObjectNode> destinations = new LinkedHashMap<>();
  private final Set<String> forbidden = new HashSet<>();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<PrequelClient> clients = new ArrayList<>();
  private Clock clock = Clock.systemUTC();

  /** A fake accepting {@link #DEFAULT_API_KEY}. */
  public FakePrequel() {
    this(DEFAULT_API_KEY);
  }

  /** A fake accepting {@code apiKey}. */
  public FakePrequel(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  /** The API key this fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The sleeper of clients from {@link #client()} and {@link #clientBuilder()}: it records retry
   * waits.
   */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * Sets the clock used for {@code created_at} and {@code updated_at}; default UTC system clock.
   */
  public synchronized FakePrequel clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Accepts these {@code X-Prequel-Api-Version} values instead of only the SDK's default. */
  public synchronized FakePrequel acceptApiVersions(String... versions) {
    apiVersions.clear();
    apiVersions.addAll(List.of(versions));
    return this;
  }

  /**
   * Seeds a destination with Prequel-like defaults (name = id, hourly, enabled, no models) and the
   * given vendor block, which may hold credentials (they are stored, never returned).
   *
   * @param vendorBlock the vendor block, or null for an empty one
   */
  public synchronized FakePrequel addDestination(String id, String vendor, ObjectNode vendorBlock) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    ObjectNode destination = JsonNodeFactory.instance.objectNode();
    String now = now();
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
    destination.set(
        vendor,
        vendorBlock == null ? JsonNodeFactory.instance.objectNode() : vendorBlock.deepCopy());
    return addDestination(destination);
  }

  /**
   * Seeds a destination given as Prequel's JSON; it must have a string {@code id} and {@code
   * vendor}.
   */
  public synchronized FakePrequel addDestination(ObjectNode destination) {
    Objects.requireNonNull(destination, "destination");
    if (!destination.path("id").isTextual() || !destination.path("vendor").isTextual()) {
      throw new IllegalArgumentException(
          "a seeded destination needs string 'id' and 'vendor' fields");
    }
    destinations.put(destination.get("id").textValue(), destination.deepCopy());
    return this;
  }

  /** Makes calls for this destination answer 403, as for a key without access to it. */
  public synchronized FakePrequel denyAccessTo(String destinationId) {
    forbidden.add(Objects.requireNonNull(destinationId, "destinationId"));
    return this;
  }

  /**
   * The destination as stored, credentials included (what the API would never return), if it
   * exists.
   */
  public synchronized Optional<ObjectNode> storedDestination(String id) {
    ObjectNode destination = destinations.get(id);
    return destination == null ? Optional.empty() : Optional.of(destination.deepCopy());
  }

  /**
   * A client pointed at this fake with its key and {@link #sleeper()}, so retries are instant. The
   * fake closes it when it stops.
   */
  public PrequelClient client() {
    PrequelClient client = clientBuilder().build();
    synchronized (this) {
      clients.add(client);
    }
    return client;
  }

  /**
   * A client builder pre-pointed at this fake with its key and {@link #sleeper()}, for tests that
   * customise.
   */
  public PrequelClient.Builder clientBuilder() {
    return PrequelClient.builder().apiKey(apiKey).baseUrl(baseUrl()).sleeper(sleeper);
  }

  /** Stops the server and closes the clients made by {@link #client()}. */
  @Override
  public synchronized void close() {
    clients.forEach(PrequelClient::close);
    clients.clear();
    super.close();
  }

  @Override
  MockResponse handle(RecordedRequest request) {
    List<String> path =
        request.getRequestUrl() == null ? List.of() : request.getRequestUrl().pathSegments();
    if (path.size() != 2 || !path.get(0).equals("destinations") || path.get(1).isEmpty()) {
      return error(404, null, "no route for " + request.getMethod() + " " + request.getPath());
    }
    if (!"GET".equals(request.getMethod()) && !"PATCH".equals(request.getMethod())) {
      return error(405, null, "method " + request.getMethod() + " is not allowed on this route");
    }
    String key = request.getHeader(PrequelClient.API_KEY_HEADER);
    if (key == null || key.isEmpty()) {
      return error(401, null, "missing API key: send it in the X-API-KEY header");
    }
    if (!key.equals(apiKey)) {
      return error(401, null, "invalid API key");
    }
    String version = request.getHeader(PrequelClient.API_VERSION_HEADER);
    if (version == null || !apiVersions.contains(version)) {
      return error(400, null, "unsupported or missing X-Prequel-Api-Version: " + version);
    }
    String id = path.get(1);
    if (forbidden.contains(id)) {
      return error(403, null, "this API key has no access to destination " + id);
    }
    ObjectNode stored = destinations.get(id);
    if (stored == null) {
      return error(404, null, "destination " + id + " not found");
    }
    return "GET".equals(request.getMethod())
        ? success(stored, "Destination fetched.")
        : patch(request, stored);
  }

  private MockResponse patch(RecordedRequest request, ObjectNode stored) {
    String contentType = request.getHeader("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      return error(400, null, "Content-Type must be application/json, was " + contentType);
    }
    JsonNode body;
    try {
      // clone(): reading the recorded body must not empty it for the test's own assertions
      body = Json.mapper().readTree(request.getBody().clone().readUtf8());
    } catch (IOException e) {
      return error(400, null, "the request body is not valid JSON");
    }
    String problem = FakePrequelSchema.problem(body, stored.path("vendor").textValue());
    if (problem != null) {
      return error(400, null, problem);
    }
    ObjectNode changes = (ObjectNode) body.get("destination");
    JsonNode newName = changes.get("name");
    if (newName != null) {
      for (ObjectNode other : destinations.values()) {
        if (other != stored && newName.equals(other.get("name"))) {
          return error(
              409, null, "a destination named '" + newName.textValue() + "' already exists");
        }
      }
    }
    merge(stored, changes);
    stored.put("updated_at", now());
    return success(stored, "Destination updated.");
  }

  /**
   * JSON Merge Patch (RFC 7386): objects merge, anything else (arrays included) replaces, null
   * removes.
   */
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

  private MockResponse success(ObjectNode stored, String message) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("status", "success");
    envelope.putObject("data").set("destination", withoutCredentials(stored.deepCopy()));
    envelope.put("message", message);
    return json(200, envelope);
  }

  private static JsonNode withoutCredentials(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove(FakePrequelSchema.CREDENTIAL_OBJECTS);
      node.forEach(FakePrequel::withoutCredentials);
    } else if (node.isArray()) {
      node.forEach(FakePrequel::withoutCredentials);
    }
    return node;
  }

  /** Prequel's error envelope; {@code code} is left out, as Prequel sends none. */
  @Override
  MockResponse error(int status, String code, String message) {
    ObjectNode envelope =
        JsonNodeFactory.instance.objectNode().put("status", "error").put("message", message);
    return json(status, envelope);
  }

  private String now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
