package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeStiggState.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An in-process fake of Stigg's data-export API under {@code /api/v1/data-export}: create, update
 * the selection of, and delete destinations; the model catalog; sync triggers; scoped tokens. It
 * keeps integrations, destinations, transfers and tokens in memory, checks each request like Stigg
 * (credentials, content type, the body schemas) and answers errors in Stigg's shape {@code
 * {"message", "code"}}. Time is the fake's own {@link #clock()}, which the waits of {@link
 * #client()} advance: a triggered sync is PENDING, RUNNING after {@code pending}, then SUCCEEDED
 * (or FAILED, see {@link #failNextSync}) after {@code running} more ({@link #syncDurations}); a
 * token expires after {@link #scopedTokenLifetime}. A write with an {@code Idempotency-Key} seen in
 * the last 24 hours gets the first answer again without acting twice.
 *
 * <p>It needs no JUnit: a {@code main} program uses it directly, {@code try (FakeStiggServer fake =
 * new FakeStiggServer()) { ... }}. In JUnit Jupiter tests register its extension {@link FakeStigg},
 * which starts and stops it around each test:
 *
 * <pre>{@code
 * @RegisterExtension final FakeStigg stigg = new FakeStigg();
 *
 * @Test void syncs() {
 *   stigg.client().destinations().create(CreateDestinationRequest.builder()
 *       .destinationId("dst_1").destinationType(DestinationType.SNOWFLAKE).build());
 *   stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_1"));
 *   stigg.clock().advance(Duration.ofSeconds(5));
 *   assertThat(stigg.destination(FakeStigg.DEFAULT_INTEGRATION_ID, "dst_1")
 *       .at("/lastSyncStatus/status").asText()).isEqualTo("SUCCEEDED");
 * }
 * }</pre>
 *
 * <p>Errors it answers: 401 {@code Unauthenticated} (missing or wrong {@code X-API-KEY} / bearer
 * token); 404 {@code EnvironmentMissing} (a JWT without the configured {@code X-ENVIRONMENT-ID});
 * 400 {@code BadUserInput} (wrong content type, malformed JSON, schema violations, a bad or reused
 * {@code Idempotency-Key}); 404 {@code IntegrationNotFound} (an update's unknown integration); 404
 * with a {@code null} code (an update or sync of a destination it does not have — Stigg documents
 * only "DataExport not found" for it); 404 {@code "Cannot METHOD /path"} for any other route. A
 * create adds to the first integration (or lazily to {@link #DEFAULT_INTEGRATION_ID}); a sync of a
 * destination whose transfer is still running answers {@code triggered: false}. Which status and
 * code Stigg itself uses for these cases is not documented: they are the fake's choices.
 * Thread-safe.
 */
public sealed class FakeStiggServer extends FakeServer permits FakeStigg {
  /** The API key a default fake accepts. */
  public static final String DEFAULT_API_KEY = "fake-stigg-api-key";

  /** The user JWT a default fake accepts. */
  public static final String DEFAULT_JWT = "fake.stigg.jwt";

  /** The environment a default fake expects with its JWT. */
  public static final String DEFAULT_ENVIRONMENT_ID = "fake-environment";

  /** The integration a create adds to when the fake has none yet. */
  public static final String DEFAULT_INTEGRATION_ID = FakeStiggState.DEFAULT_INTEGRATION_ID;

  private final FakeStiggAuth auth;
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final FakeClock clock = new FakeClock(Instant.now());
  private final FakeStiggState state = new FakeStiggState(clock);
  private final FakeStiggReplay replay = new FakeStiggReplay(clock);
  private final Deque<Fault> afterActing = new ArrayDeque<>();
  private final Sleeper advancing =
      duration -> {
        clock.advance(duration);
        sleeper.sleep(duration);
      };
  private StiggClient client;

  /**
   * A fake accepting {@link #DEFAULT_API_KEY}, or {@link #DEFAULT_JWT} with {@link
   * #DEFAULT_ENVIRONMENT_ID}.
   */
  public FakeStiggServer() {
    this(DEFAULT_API_KEY, DEFAULT_JWT, DEFAULT_ENVIRONMENT_ID);
  }

  /**
   * A fake accepting {@code apiKey}, or {@code jwt} sent with {@code X-ENVIRONMENT-ID:
   * environmentId}.
   */
  public FakeStiggServer(String apiKey, String jwt, String environmentId) {
    this.auth =
        new FakeStiggAuth(
            Checks.notNull("apiKey", apiKey),
            Checks.notNull("jwt", jwt),
            Checks.notNull("environmentId", environmentId));
  }

  /** The API key this fake accepts. */
  public String apiKey() {
    return auth.apiKey();
  }

  /** The user JWT this fake accepts. */
  public String jwt() {
    return auth.jwt();
  }

  /** The environment this fake expects with its JWT. */
  public String environmentId() {
    return auth.environmentId();
  }

  /** The fake's clock (it starts at the creation time); advance it to move syncs and tokens on. */
  public FakeClock clock() {
    return clock;
  }

  /** Adds an integration without destinations (an update then answers 404 for any destination). */
  public synchronized FakeStiggServer addIntegration(String integrationId) {
    state.integrations.computeIfAbsent(
        Checks.notNull("integrationId", integrationId), id -> new LinkedHashMap<>());
    return this;
  }

  /**
   * Adds a connected destination of {@code type} (for example {@code "snowflake"}) exporting the
   * full catalog.
   */
  public FakeStiggServer addDestination(String integrationId, String destinationId, String type) {
    return addDestination(integrationId, destinationId, type, null);
  }

  /**
   * Adds a connected destination of {@code type} that exports {@code enabledModels} ({@code null}:
   * the full catalog, that is, no {@code enabledModels} in responses).
   */
  public FakeStiggServer addDestination(
      String integrationId, String destinationId, String type, List<String> enabledModels) {
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("type", Checks.notNull("type", type));
    destination.put("connectedAt", clock.instant().toString());
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
  public synchronized FakeStiggServer addDestination(
      String integrationId, Map<String, ?> destination) {
    Checks.notNull("integrationId", integrationId);
    ObjectNode node = Json.mapper().valueToTree(Checks.notNull("destination", destination));
    JsonNode id = node.get("destinationId");
    if (id == null || !id.isTextual()) {
      throw new IllegalArgumentException("destination needs a string destinationId");
    }
    state
        .integrations
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
   * A copy of a destination's JSON as the fake would return it now (its latest transfer as {@code
   * lastSyncStatus}).
   *
   * @throws IllegalArgumentException if the integration has no such destination
   */
  public synchronized JsonNode destination(String integrationId, String destinationId) {
    return state.shown(stored(integrationId, destinationId));
  }

  /** Whether some integration has the destination. */
  public synchronized boolean hasDestination(String destinationId) {
    return state.integrationOf(Checks.notNull("destinationId", destinationId)).isPresent();
  }

  /**
   * Replaces the model catalog (seeded with billing: customers, subscriptions, invoices and usage:
   * usage_events, entitlements), given as the {@code groups} JSON responses show.
   */
  public synchronized FakeStiggServer setModelCatalog(List<? extends Map<String, ?>> groups) {
    JsonNode tree = FakeStiggState.tree(Checks.minItems("groups", groups, 0));
    state.catalog((ArrayNode) tree);
    return this;
  }

  /** Every model id of the catalog, in order. */
  public synchronized List<String> modelIds() {
    return state.modelIds();
  }

  /** Sets how long a transfer stays PENDING and then RUNNING (defaults 1 s and 4 s). */
  public synchronized FakeStiggServer syncDurations(Duration pending, Duration running) {
    state.syncs.durations(Checks.notNull("pending", pending), Checks.notNull("running", running));
    return this;
  }

  /** Makes the next transfer end FAILED with {@code failureMessage} (blamed on the customer). */
  public synchronized FakeStiggServer failNextSync(String failureMessage) {
    state.syncs.failNext(Checks.notNull("failureMessage", failureMessage));
    return this;
  }

  /** The ids of the transfers started for the destination, oldest first. */
  public synchronized List<String> transfers(String destinationId) {
    return state.syncs.transferIds(Checks.notNull("destinationId", destinationId));
  }

  /** How many transfers were started, for every destination. */
  public synchronized int transferCount() {
    return state.syncs.count();
  }

  /** Sets how long a minted token is valid (default one hour). */
  public synchronized FakeStiggServer scopedTokenLifetime(Duration lifetime) {
    state.tokenLifetime(Checks.positive("lifetime", lifetime));
    return this;
  }

  /** Whether the fake minted {@code token} and it has not expired on the fake's clock. */
  public synchronized boolean isScopedTokenValid(String token) {
    Instant expiresAt = state.tokens.get(Checks.notNull("token", token));
    return expiresAt != null && clock.instant().isBefore(expiresAt);
  }

  /** How many scoped tokens the fake minted. */
  public synchronized int scopedTokenCount() {
    return state.tokens.size();
  }

  /**
   * Makes the next {@code count} valid calls act (and keep their answer under their idempotency
   * key) and then fail with {@code fault} instead of answering: a lost answer, as after a timeout.
   */
  public synchronized FakeStiggServer failNextAfterActing(int count, Fault fault) {
    Checks.atLeast("count", count, 0);
    Checks.notNull("fault", fault);
    for (int i = 0; i < count; i++) {
      afterActing.addLast(fault);
    }
    return this;
  }

  /**
   * The sleeper of {@link #client()} and {@link #clientBuilder()}: retries wait no real time; waits
   * are recorded (and advance the fake's clock).
   */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * A client pointed at this fake with its API key, {@link #clock()} and {@link #sleeper()}; built
   * once, closed with the fake. Do not close it yourself.
   */
  public synchronized StiggClient client() {
    if (client == null) {
      StiggClient made = clientBuilder().build();
      client = made;
      closeWithFake(
          () -> {
            forget(made); // a client() after close() builds a new one
            made.close();
          });
    }
    return client;
  }

  private synchronized void forget(StiggClient made) {
    if (client == made) {
      client = null;
    }
  }

  /**
   * A builder pointed at this fake with its API key, {@link #clock()} and {@link #sleeper()}; the
   * caller closes what it builds.
   */
  public StiggClient.Builder clientBuilder() {
    return StiggClient.builder()
        .baseUrl(baseUrl())
        .apiKey(auth.apiKey())
        .clock(clock)
        .sleeper(advancing);
  }

  /**
   * A builder pointed at this fake in JWT mode (its JWT and environment) with {@link #clock()} and
   * {@link #sleeper()}.
   */
  public StiggClient.Builder jwtClientBuilder() {
    return StiggClient.builder()
        .baseUrl(baseUrl())
        .jwt(auth.jwt())
        .environmentId(auth.environmentId())
        .clock(clock)
        .sleeper(advancing);
  }

  @Override
  MockResponse handle(RecordedRequest request) {
    FakeStiggRoute route = FakeStiggRoute.of(request);
    if (route == null) {
      okhttp3.HttpUrl url = request.getRequestUrl();
      return error(
          404,
          null,
          "Cannot " + request.getMethod() + " " + (url == null ? "?" : url.encodedPath()));
    }
    Answer denied = auth.check(request);
    if (denied != null) {
      return send(denied);
    }
    Answer answer = route.read(request);
    if (answer != null) {
      return send(answer);
    }
    String key = request.getHeader("Idempotency-Key");
    if (key != null && route.writes()) {
      if (key.isEmpty() || key.codePointCount(0, key.length()) > 255) {
        return error(400, "BadUserInput", "Idempotency-Key must be 1..255 characters long");
      }
      String scope = FakeStiggAuth.scope(request);
      String fingerprint = route.fingerprint();
      Optional<Answer> kept = replay.replay(scope, key, fingerprint);
      if (kept.isPresent()) {
        return send(kept.get()).setHeader("Idempotent-Replayed", "true");
      }
      answer = route.answer(state);
      replay.keep(scope, key, fingerprint, answer);
    } else {
      answer = route.answer(state);
    }
    Fault fault = answer.status() < 400 ? afterActing.pollFirst() : null;
    return fault == null ? send(answer) : lost(request, fault, answer);
  }

  @Override
  String routeOf(RecordedRequest request) {
    FakeStiggRoute route = FakeStiggRoute.of(request);
    return route == null ? request.getMethod() + " ?" : route.name();
  }

  @Override
  boolean changes(RecordedRequest request) {
    FakeStiggRoute route = FakeStiggRoute.of(request);
    return route != null && route.changes();
  }

  /** Stigg's 429: {@code RateLimitExceeded} with {@code Retry-After} in whole seconds. */
  @Override
  MockResponse rateLimited(RateLimiter.Verdict verdict) {
    return error(429, "RateLimitExceeded", "Rate limit exceeded, retry later")
        .setHeader("Retry-After", verdict.retryAfterSeconds());
  }

  private MockResponse lost(RecordedRequest request, Fault fault, Answer answer) {
    if (fault.kind() == Fault.Kind.STATUS || fault.kind() == Fault.Kind.REDIRECT) {
      applied(request); // acted, but the answer says otherwise
    }
    switch (fault.kind()) {
      case DROP_CONNECTION:
        return new MockResponse()
            .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case DELAY:
        return delayed(send(answer), fault.delay());
      default:
        MockResponse response = error(fault.status(), null, "injected fault after acting");
        fault.headers().forEach(response::setHeader);
        return response;
    }
  }

  /**
   * Stigg's error shape {@code {"message", "code"}}; a fault without a code gets the documented one
   * for 401/429.
   */
  @Override
  MockResponse error(int status, String code, String message) {
    String effective =
        code != null
            ? code
            : status == 429 ? "RateLimitExceeded" : status == 401 ? "Unauthenticated" : null;
    return send(FakeStiggState.error(status, effective, message));
  }

  private static MockResponse send(Answer answer) {
    return json(answer.status(), answer.body());
  }

  private ObjectNode stored(String integrationId, String destinationId) {
    Map<String, ObjectNode> destinations = state.integrations.get(integrationId);
    ObjectNode destination = destinations == null ? null : destinations.get(destinationId);
    if (destination == null) {
      throw new IllegalArgumentException(
          "no destination " + destinationId + " in integration " + integrationId);
    }
    return destination;
  }
}
