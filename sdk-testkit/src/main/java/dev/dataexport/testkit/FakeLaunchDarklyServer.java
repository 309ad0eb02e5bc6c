package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.JsonPatchException;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.LaunchDarklyRateLimit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An in-process fake of LaunchDarkly's Data Export destination API ({@code GET}, {@code PATCH} and
 * {@code DELETE} {@code /api/v2/destinations/{projectKey}/{environmentKey}/{id}}, {@code POST
 * /api/v2/destinations/{projectKey}/{environmentKey}} and {@code GET /api/v2/destinations}). It
 * keeps destinations in memory, creates them with a new id at version 1 (409 for a second one of
 * the same kind in one environment, as LaunchDarkly allows one of each), applies JSON Patch and
 * JSON Merge Patch bodies for real (with and without a comment), increments {@code version} on
 * every change, protects read-only fields, returns secret config values obfuscated, checks the
 * access token, {@code LD-API-Version} and content type, and answers errors in LaunchDarkly's shape
 * {@code {"code", "message", "id"}}.
 *
 * <p>It needs no JUnit: a {@code main} program uses it directly, {@code try (FakeLaunchDarklyServer
 * fake = new FakeLaunchDarklyServer()) { ... }}. In JUnit Jupiter tests register its extension
 * {@link FakeLaunchDarkly}, which starts and stops it around each test:
 *
 * <pre>{@code
 * @RegisterExtension final FakeLaunchDarkly ld = new FakeLaunchDarkly();
 * ld.addDestination(DestinationKey.of("proj", "production", "dest-1"), "google-pubsub", "exports",
 *     true, Map.of("project", "p", "topic", "t"));
 * LaunchDarklyClient client = ld.client();
 * }</pre>
 *
 * A failed {@code test} operation answers {@code 400 invalid_request} by default (LaunchDarkly does
 * not document the status; {@link #testFailureStatus(int)} switches to {@code 409
 * optimistic_locking_error}). Thread-safe.
 */
public sealed class FakeLaunchDarklyServer extends FakeServer permits FakeLaunchDarkly {
  /** The access token a fake built with {@code new FakeLaunchDarkly()} accepts. */
  public static final String DEFAULT_ACCESS_TOKEN = "api-fake-launchdarkly-token";

  /** The member every destination of the fake is maintained by. */
  private static final String MAINTAINER_ID = "569f183514f4432160000007";

  private final String accessToken;
  private final Set<String> readOnlyTokens = new LinkedHashSet<>();
  private final Map<List<String>, ObjectNode> destinations = new LinkedHashMap<>();
  private final Deque<Runnable> beforeNextPatch = new ArrayDeque<>();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final FakeClock clock = new FakeClock(Instant.now());
  private final Sleeper advancing =
      duration -> {
        clock.advance(duration);
        sleeper.sleep(duration);
      };
  private int testFailureStatus = 400;
  private String lastPatchBody;

  /** A fake accepting {@link #DEFAULT_ACCESS_TOKEN}. */
  public FakeLaunchDarklyServer() {
    this(DEFAULT_ACCESS_TOKEN);
  }

  /** A fake accepting {@code accessToken}. */
  public FakeLaunchDarklyServer(String accessToken) {
    this.accessToken = Checks.notNull("accessToken", accessToken);
  }

  /** The token this fake accepts. */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Also accepts {@code token}, but only for reads: a {@code PATCH} or {@code DELETE} with it
   * answers 403.
   */
  public synchronized FakeLaunchDarklyServer addReadOnlyToken(String token) {
    readOnlyTokens.add(Checks.notNull("token", token));
    return this;
  }

  /** Makes a failed {@code test} operation answer {@code status}: 400 (default) or 409. */
  public synchronized FakeLaunchDarklyServer testFailureStatus(int status) {
    if (status != 400 && status != 409) {
      throw new IllegalArgumentException("testFailureStatus must be 400 or 409, was " + status);
    }
    this.testFailureStatus = status;
    return this;
  }

  /**
   * Stores a destination at version 1. {@code config} values are anything the SDK's JSON maps;
   * secret members (mParticle {@code apiKey}/{@code secret}, Segment {@code writeKey}, Azure {@code
   * policyKey}) are kept as given and returned obfuscated.
   */
  public synchronized FakeLaunchDarklyServer addDestination(
      DestinationKey key, String kind, String name, boolean on, Map<String, ?> config) {
    Checks.notNull("key", key);
    ObjectNode destination = JsonNodeFactory.instance.objectNode();
    destination.put("_id", key.id());
    destination.put("name", Checks.notNull("name", name));
    destination.put("kind", Checks.notNull("kind", kind));
    destination.put("version", 1);
    destination.put("on", on);
    destination.put("createdAt", System.currentTimeMillis());
    destination.put("maintainerId", MAINTAINER_ID);
    destination.set("config", Json.mapper().valueToTree(Checks.notNull("config", config)));
    return addDestination(key, destination);
  }

  /**
   * Stores a destination given as JSON under {@code key}; its {@code _id} is set to the key's id
   * when absent (and must match it when present), and it gets {@code version} 1 if absent.
   */
  public synchronized FakeLaunchDarklyServer addDestination(
      DestinationKey key, JsonNode destination) {
    Checks.notNull("key", key);
    Checks.notNull("destination", destination);
    if (!destination.isObject()) {
      throw new IllegalArgumentException("a destination must be a JSON object");
    }
    ObjectNode copy = (ObjectNode) destination.deepCopy();
    if (!copy.has("_id")) {
      copy.put("_id", key.id());
    } else if (!key.id().equals(copy.path("_id").textValue())) {
      throw new IllegalArgumentException("the destination's _id must be the key's id " + key.id());
    }
    if (!copy.has("version")) {
      copy.put("version", 1);
    }
    destinations.put(key(key), copy);
    return this;
  }

  /** The keys of the stored destinations, in the order they were stored. */
  public synchronized List<DestinationKey> destinationKeys() {
    List<DestinationKey> keys = new ArrayList<>();
    destinations.keySet().forEach(k -> keys.add(DestinationKey.of(k.get(0), k.get(1), k.get(2))));
    return List.copyOf(keys);
  }

  /** The stored destination (secrets in clear, as the fake holds them), or empty. */
  public synchronized Optional<JsonNode> destination(DestinationKey key) {
    return Optional.ofNullable(destinations.get(key(key))).map(JsonNode::deepCopy);
  }

  /**
   * Changes a stored destination as another LaunchDarkly user would: applies {@code patch}, bumps
   * the version.
   */
  public synchronized void changeDestination(DestinationKey key, JsonPatch patch) {
    Checks.notNull("patch", patch);
    ObjectNode stored = destinations.get(key(key));
    if (stored == null) {
      throw new IllegalArgumentException("no destination " + key);
    }
    store(key(key), stored, patch.apply(stored));
  }

  /** Removes a stored destination as another LaunchDarkly user would; true when there was one. */
  public synchronized boolean removeDestination(DestinationKey key) {
    return destinations.remove(key(key)) != null;
  }

  /**
   * Runs {@code action} when a {@code PATCH} arrives, before it is applied: the way to make a
   * concurrent change win the race between a client's read and its write. Each queued action runs
   * before one {@code PATCH}, in order.
   */
  public synchronized FakeLaunchDarklyServer beforeNextPatch(Runnable action) {
    beforeNextPatch.add(Checks.notNull("action", action));
    return this;
  }

  /**
   * The body of the last {@code PATCH} received, as sent; handy where the MockWebServer types of
   * {@link #requests()} are not on the classpath (the examples' main code).
   */
  public synchronized Optional<String> lastPatchBody() {
    return Optional.ofNullable(lastPatchBody);
  }

  /**
   * The fake's clock (it starts at the creation time): its rate limits refill on it, and its
   * clients read it and advance it by every wait instead of sleeping.
   */
  @Override
  public FakeClock clock() {
    return clock;
  }

  /** The sleeper of {@link #client()} clients: records retry waits without sleeping. */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * A client pointed at this fake, with its token and the recording sleeper; closed when the fake
   * closes.
   */
  public synchronized LaunchDarklyClient client() {
    LaunchDarklyClient client = clientBuilder().build();
    closeWithFake(client::close);
    return client;
  }

  /**
   * A builder pre-pointed at this fake with its token and the recording sleeper, for tests that
   * customise.
   */
  public LaunchDarklyClient.Builder clientBuilder() {
    return LaunchDarklyClient.builder()
        .accessToken(accessToken)
        .baseUrl(baseUrl())
        .clock(clock)
        .sleeper(advancing);
  }

  @Override
  MockResponse handle(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    List<String> segments = url == null ? List.of() : url.pathSegments();
    if (segments.size() < 3
        || !segments.subList(0, 3).equals(List.of("api", "v2", "destinations"))
        || segments.size() == 4
        || segments.size() > 6) {
      return error(404, "not_found", "Invalid resource identifier");
    }
    String authorization = request.getHeader("Authorization");
    boolean readOnly = readOnlyTokens.contains(authorization);
    if (authorization == null || (!authorization.equals(accessToken) && !readOnly)) {
      return error(401, "unauthorized", "Invalid access token");
    }
    String version = request.getHeader("LD-API-Version");
    if (version != null && !version.matches("\\d{8}|beta")) {
      return error(400, "invalid_request", "Unsupported LD-API-Version '" + version + "'");
    }
    String method = request.getMethod();
    if (segments.size() == 3) {
      return "GET".equals(method) ? list() : error(405, "method_not_allowed", "Method not allowed");
    }
    if (!"GET".equals(method) && readOnly) {
      return error(403, "forbidden", "Access to the requested resource was denied");
    }
    if (segments.size() == 5) {
      return "POST".equals(method)
          ? create(request, segments.get(3), segments.get(4))
          : error(405, "method_not_allowed", "Method not allowed");
    }
    List<String> key = key(segments.get(3), segments.get(4), segments.get(5));
    ObjectNode stored = destinations.get(key);
    switch (method) {
      case "GET":
        return stored == null
            ? notFound()
            : json(200, FakeLaunchDarklyViews.render(segments, stored));
      case "DELETE":
        if (stored == null) {
          return notFound();
        }
        destinations.remove(key);
        return new MockResponse().setResponseCode(204);
      case "PATCH":
        return stored == null ? notFound() : patch(request, segments, key, stored);
      default:
        return error(405, "method_not_allowed", "Method not allowed");
    }
  }

  @Override
  String routeOf(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    int size = url == null ? 0 : url.pathSegments().size();
    String pattern =
        switch (size) {
          case 3 -> "/api/v2/destinations";
          case 5 -> "/api/v2/destinations/{projectKey}/{environmentKey}";
          case 6 -> "/api/v2/destinations/{projectKey}/{environmentKey}/{id}";
          default -> "?";
        };
    return request.getMethod() + " " + pattern;
  }

  /** LaunchDarkly's 429 {@code rate_limited}; {@link #withQuota} adds the quota headers. */
  @Override
  MockResponse rateLimited(RateLimiter.Verdict verdict) {
    return error(429, "rate_limited", "You've exceeded the API rate limit. Try again later.");
  }

  /**
   * LaunchDarkly's quota headers, on every answer while a limit is set: the calls left for the
   * token (a per-key limit) and for the route (a per-route limit), and when the tightest bucket is
   * full again, in epoch milliseconds.
   */
  @Override
  MockResponse withQuota(MockResponse response, RateLimiter.Verdict verdict) {
    verdict
        .keyRemaining()
        .ifPresent(left -> response.setHeader(LaunchDarklyRateLimit.GLOBAL_REMAINING, left));
    verdict
        .routeRemaining()
        .ifPresent(left -> response.setHeader(LaunchDarklyRateLimit.ROUTE_REMAINING, left));
    return response.setHeader(
        LaunchDarklyRateLimit.RESET, Long.toString(verdict.reset().toEpochMilli()));
  }

  @Override
  MockResponse error(int status, String code, String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("code", code != null ? code : FakeLaunchDarklyViews.defaultCode(status));
    body.put("message", message);
    body.put("id", UUID.randomUUID().toString());
    return json(status, body);
  }

  private MockResponse patch(
      RecordedRequest request, List<String> segments, List<String> key, ObjectNode stored) {
    lastPatchBody = request.getBody().clone().readUtf8();
    Object read = jsonBody(request, lastPatchBody);
    if (read instanceof MockResponse) {
      return (MockResponse) read;
    }
    JsonNode body = (JsonNode) read;
    Runnable concurrentChange = beforeNextPatch.poll();
    if (concurrentChange != null) {
      concurrentChange.run();
    }
    stored = destinations.get(key);
    if (stored == null) {
      return notFound();
    }
    JsonNode updated;
    try {
      updated = FakeLaunchDarklyPatches.apply(body, stored);
    } catch (JsonPatchException e) {
      if (e.isTestFailure() && testFailureStatus == 409) {
        return error(
            409, "optimistic_locking_error", "Conflict. Optimistic lock error. Try again later.");
      }
      return error(
          400,
          "invalid_request",
          (e.isTestFailure() ? "Test operation failed: " : "Invalid patch: ") + e.getMessage());
    } catch (IllegalArgumentException e) {
      return error(400, "invalid_request", e.getMessage());
    }
    String invalid = FakeLaunchDarklyPatches.validate(stored, updated);
    if (invalid != null) {
      return error(400, "invalid_request", invalid);
    }
    return json(200, FakeLaunchDarklyViews.render(segments, store(key, stored, updated)));
  }

  /**
   * The request's JSON body, or the 400 LaunchDarkly answers for a wrong content type, a semantic
   * patch, or a body that is not JSON.
   */
  private Object jsonBody(RecordedRequest request, String text) {
    String contentType = request.getHeader("Content-Type");
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return error(400, "invalid_request", "Content-Type must be application/json");
    }
    if (contentType.contains("domain-model=launchdarkly.semanticpatch")) {
      return error(400, "invalid_request", "This resource does not support semantic patch");
    }
    try {
      JsonNode body = Json.mapper().readTree(text);
      return body == null ? error(400, "invalid_request", "The request body is empty") : body;
    } catch (IOException e) {
      return error(400, "invalid_request", "The request body is not valid JSON");
    }
  }

  /** {@code POST …/{projectKey}/{environmentKey}}: stores a new destination at version 1. */
  private MockResponse create(RecordedRequest request, String projectKey, String environmentKey) {
    Object read = jsonBody(request, request.getBody().clone().readUtf8());
    if (read instanceof MockResponse) {
      return (MockResponse) read;
    }
    JsonNode body = (JsonNode) read;
    String invalid = FakeLaunchDarklyPatches.validateNew(body);
    if (invalid != null) {
      return error(400, "invalid_request", invalid);
    }
    String kind = body.get("kind").textValue();
    for (Map.Entry<List<String>, ObjectNode> existing : destinations.entrySet()) {
      if (existing.getKey().get(0).equals(projectKey)
          && existing.getKey().get(1).equals(environmentKey)
          && kind.equals(existing.getValue().path("kind").textValue())) {
        return error(
            409,
            "optimistic_locking_error",
            "Conflict. A destination of kind '" + kind + "' already exists in this environment.");
      }
    }
    String id = newId();
    ObjectNode created = JsonNodeFactory.instance.objectNode();
    created.put("_id", id);
    if (body.has("name")) {
      created.set("name", body.get("name"));
    }
    created.put("kind", kind);
    created.put("version", 1);
    created.put("on", body.path("on").asBoolean(false));
    created.put("createdAt", System.currentTimeMillis());
    created.put("maintainerId", MAINTAINER_ID);
    created.set("config", body.get("config").deepCopy());
    List<String> key = key(projectKey, environmentKey, id);
    destinations.put(key, created);
    return json(
        201,
        FakeLaunchDarklyViews.render(
            List.of("api", "v2", "destinations", projectKey, environmentKey, id), created));
  }

  /** A new id in LaunchDarkly's form: 24 hexadecimal digits. */
  private static String newId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  private ObjectNode store(List<String> key, ObjectNode before, JsonNode after) {
    ObjectNode updated = (ObjectNode) after;
    if (!updated.equals(before)) {
      updated.put("version", before.path("version").asLong(0) + 1);
    }
    destinations.put(key, updated);
    return updated;
  }

  private MockResponse list() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    var items = body.putArray("items");
    destinations.forEach(
        (key, stored) ->
            items.add(
                FakeLaunchDarklyViews.render(
                    List.of("api", "v2", "destinations", key.get(0), key.get(1), key.get(2)),
                    stored)));
    body.putObject("_links")
        .putObject("self")
        .put("href", "/api/v2/destinations")
        .put("type", "application/json");
    return json(200, body);
  }

  private MockResponse notFound() {
    return error(404, "not_found", "Unknown destination");
  }

  private static List<String> key(DestinationKey key) {
    Checks.notNull("key", key);
    return key(key.projectKey(), key.environmentKey(), key.id());
  }

  private static List<String> key(String projectKey, String environmentKey, String id) {
    return List.of(projectKey, environmentKey, id);
  }
}
