package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.stigg.StiggClient;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An in-process fake of Stigg's data-export selection update, {@code PATCH
 * /api/v1/data-export/destinations/{id}}. It keeps integrations and their destinations in memory,
 * checks each request like Stigg (credentials, content type, the body schema of the reference page)
 * and answers errors in Stigg's shape {@code {"message", "code"}}. A valid update replaces the
 * destination's selection and returns every destination of the integration.
 *
 * <pre>{@code
 * @RegisterExtension final FakeStigg stigg = new FakeStigg();
 *
 * @Test void updatesSelection() {
 *   stigg.addDestination("int_1", "dst_1", "snowflake");
 *   stigg.client().destinations().updateSelection("dst_1",
 *       UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build());
 *   assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
 * }
 * }</pre>
 *
 * <p>Errors it answers: 401 {@code Unauthenticated} (missing or wrong {@code X-API-KEY} / bearer
 * token); 404 {@code EnvironmentMissing} (a JWT without the configured {@code X-ENVIRONMENT-ID});
 * 400 {@code BadUserInput} (wrong content type, malformed JSON, schema violations); 404 {@code
 * IntegrationNotFound} (unknown integration); 404 with a {@code null} code (a destination the
 * integration does not have — Stigg documents only "DataExport not found" for it); 404 {@code
 * "Cannot METHOD /path"} for any other route. Which status and code Stigg itself uses for the JWT
 * and unknown-destination cases is not documented: these are the fake's choices. Thread-safe.
 */
public final class FakeStigg extends FakeServer {
  /** The API key a default fake accepts. */
  public static final String DEFAULT_API_KEY = "fake-stigg-api-key";

  /** The user JWT a default fake accepts. */
  public static final String DEFAULT_JWT = "fake.stigg.jwt";

  /** The environment a default fake expects with its JWT. */
  public static final String DEFAULT_ENVIRONMENT_ID = "fake-environment";

  private static final List<String> ROUTE = List.of("api", "v1", "data-export", "destinations");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String apiKey;
  private final String jwt;
  private final String environmentId;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Map<String, Map<String, ObjectNode>> integrations = new LinkedHashMap<>();
  private StiggClient client;

  /**
   * A fake accepting {@link #DEFAULT_API_KEY}, or {@link #DEFAULT_JWT} with {@link
   * #DEFAULT_ENVIRONMENT_ID}.
   */
  public FakeStigg() {
    this(DEFAULT_API_KEY, DEFAULT_JWT, DEFAULT_ENVIRONMENT_ID);
  }

  /**
   * A fake accepting {@code apiKey}, or {@code jwt} sent with {@code X-ENVIRONMENT-ID:
   * environmentId}.
   */
  public FakeStigg(String apiKey, String jwt, String environmentId) {
    this.apiKey = Checks.notNull("apiKey", apiKey);
    this.jwt = Checks.notNull("jwt", jwt);
    this.environmentId = Checks.notNull("environmentId", environmentId);
  }

  /** The API key this fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** The user JWT this fake accepts. */
  public String jwt() {
    return jwt;
  }

  /** The environment this fake expects with its JWT. */
  public String environmentId() {
    return environmentId;
  }

  /** Adds an integration without destinations (an update then answers 404 for any destination). */
  public synchronized FakeStigg addIntegration(String integrationId) {
    integrations.computeIfAbsent(
        Checks.notNull("integrationId", integrationId), id -> new LinkedHashMap<>());
    return this;
  }

  /**
   * Adds a connected destination of {@code type} (for example {@code "snowflake"}) exporting the
   * full catalog.
   */
  public FakeStigg addDestination(String integrationId, String destinationId, String type) {
    return addDestination(integrationId, destinationId, type, null);
  }

  /**
   * Adds a connected destination of {@code type} that exports {@code enabledModels} ({@code null}:
   * the full catalog, that is, no {@code enabledModels} in responses).
   */
  public FakeStigg addDestination(
      String integrationId, String destinationId, String type, List<String> enabledModels) {
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("type", Checks.notNull("type", type));
    destination.put("connectedAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    destination.put("destinationId", Checks.notNull("destinationId", destinationId));
    destination.put("connectionStatus", "connected");
    if (enabledModels != null) {
      destination.put("enabledModels", List.copyOf(enabledModels));
    }
    return addDestination(integrationId, destination);
  }

  /**
   * Adds a destination given as its JSON fields, exactly as responses will show it (use it for a
   * {@code lastSyncStatus}, unusual values or fields Stigg may add); it needs a string {@code
   * destinationId}. Replaces a destination of the same id in that integration.
   */
  public synchronized FakeStigg addDestination(String integrationId, Map<String, ?> destination) {
    Checks.notNull("integrationId", integrationId);
    ObjectNode node = Json.mapper().valueToTree(Checks.notNull("destination", destination));
    JsonNode id = node.get("destinationId");
    if (id == null || !id.isTextual()) {
      throw new IllegalArgumentException("destination needs a string destinationId");
    }
    integrations
        .computeIfAbsent(integrationId, key -> new LinkedHashMap<>())
        .put(id.textValue(), node);
    return this;
  }

  /**
   * The models a destination exports now: empty for the full catalog.
   *
   * @throws IllegalArgumentException if the integration has no such destination
   */
  public synchronized Optional<List<String>> enabledModels(
      String integrationId, String destinationId) {
    JsonNode models = stored(integrationId, destinationId).get("enabledModels");
    if (models == null || models.isNull()) {
      return Optional.empty();
    }
    List<String> list = new ArrayList<>();
    models.forEach(model -> list.add(model.asText()));
    return Optional.of(List.copyOf(list));
  }

  /**
   * A copy of a destination's JSON as the fake would return it.
   *
   * @throws IllegalArgumentException if the integration has no such destination
   */
  public synchronized JsonNode destination(String integrationId, String destinationId) {
    return stored(integrationId, destinationId).deepCopy();
  }

  /**
   * The sleeper of {@link #client()} and {@link #clientBuilder()}: retries wait no real time; waits
   * are recorded.
   */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * A client pointed at this fake with its API key and {@link #sleeper()}; built once, closed with
   * the fake. Do not close it yourself.
   */
  public synchronized StiggClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  /**
   * A builder pointed at this fake with its API key and {@link #sleeper()}; the caller closes what
   * it builds.
   */
  public StiggClient.Builder clientBuilder() {
    return StiggClient.builder().baseUrl(baseUrl()).apiKey(apiKey).sleeper(sleeper);
  }

  /**
   * A builder pointed at this fake in JWT mode (its JWT and environment) with {@link #sleeper()}.
   */
  public StiggClient.Builder jwtClientBuilder() {
    return StiggClient.builder()
        .baseUrl(baseUrl())
        .jwt(jwt)
        .environmentId(environmentId)
        .sleeper(sleeper);
  }

  /** Stops the server and closes the client of {@link #client()}. */
  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
    super.close();
  }

  @Override
  MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    List<String> segments = url == null ? List.of() : url.pathSegments();
    if (!"PATCH".equals(request.getMethod())
        || segments.size() != ROUTE.size() + 1
        || !segments.subList(0, ROUTE.size()).equals(ROUTE)
        || segments.get(ROUTE.size()).isEmpty()) {
      return error(
          404,
          null,
          "Cannot " + request.getMethod() + " " + (url == null ? "?" : url.encodedPath()));
    }
    MockResponse denied = authenticate(request);
    if (denied != null) {
      return denied;
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().equals("application/json")) {
      return error(400, "BadUserInput", "Content-Type must be application/json");
    }
    JsonNode body;
    try {
      // Read a copy: tests still read the recorded body afterwards.
      body = Json.mapper().readTree(request.getBody().clone().readUtf8());
    } catch (IOException e) {
      return error(400, "BadUserInput", "request body is not valid JSON");
    }
    String destinationId = segments.get(ROUTE.size());
    List<String> violations = new ArrayList<>();
    FakeStiggSchema.length("destinationId", destinationId, violations);
    violations.addAll(FakeStiggSchema.violations(body));
    if (!violations.isEmpty()) {
      return error(400, "BadUserInput", String.join("; ", violations));
    }
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
    ArrayNode list = NODES.arrayNode();
    destinations.values().forEach(list::add);
    ObjectNode data = NODES.objectNode();
    data.putObject("data").set("destinations", list);
    return json(200, data);
  }

  private MockResponse authenticate(RecordedRequest request) {
    String key = request.getHeader("X-API-KEY");
    if (key != null) {
      return key.equals(apiKey) ? null : error(401, "Unauthenticated", "Invalid API key");
    }
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return error(401, "Unauthenticated", "Missing X-API-KEY or Authorization header");
    }
    if (!authorization.equals("Bearer " + jwt)) {
      return error(401, "Unauthenticated", "Invalid bearer token");
    }
    String environment = request.getHeader("X-ENVIRONMENT-ID");
    if (environment == null) {
      return error(404, "EnvironmentMissing", "X-ENVIRONMENT-ID is required with a user JWT");
    }
    if (!environment.equals(environmentId)) {
      return error(404, "EnvironmentMissing", "Environment " + environment + " not found");
    }
    return null;
  }

  /**
   * Stigg's error shape {@code {"message", "code"}}; a fault without a code gets the documented one
   * for 401/429.
   */
  @Override
  MockResponse error(int status, String code, String message) {
    ObjectNode body = NODES.objectNode();
    body.put("message", message);
    String effective =
        code != null
            ? code
            : status == 429 ? "RateLimitExceeded" : status == 401 ? "Unauthenticated" : null;
    if (effective == null) {
      body.putNull("code");
    } else {
      body.put("code", effective);
    }
    return json(status, body);
  }

  private ObjectNode stored(String integrationId, String destinationId) {
    Map<String, ObjectNode> destinations = integrations.get(integrationId);
    ObjectNode destination = destinations == null ? null : destinations.get(destinationId);
    if (destination == null) {
      throw new IllegalArgumentException(
          "no destination " + destinationId + " in integration " + integrationId);
    }
    return destination;
  }
}
