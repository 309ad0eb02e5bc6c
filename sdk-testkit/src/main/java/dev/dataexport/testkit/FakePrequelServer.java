package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.prequel.PrequelClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * An in-process fake of Prequel's destination API: list (paged with {@code page_size}, an opaque
 * cursor, {@code has_next} and {@code next_url}), create, get, update, delete, {@code
 * test-destination}, {@code test-connection}, start a transfer, list transfers (per destination and
 * overall, with the status, tag and end-time filters) and get a transfer. It keeps destinations in
 * memory (seed them with {@link #addDestination}), merges each PATCH into the stored destination
 * (nested objects merged, arrays replaced, JSON {@code null} clears), stores credentials but never
 * returns them, answers connection tests with a verdict a test sets ({@link
 * #connectionTestVerdict}), and runs transfers PENDING → RUNNING → SUCCESS (or ERROR, {@link
 * #failTransfersOf}) on its own clock, which its clients' waits move forward. It checks requests
 * like Prequel: {@code X-API-KEY}, {@code X-Prequel-Api-Version}, content type and body schema.
 * Errors use Prequel's envelope {@code {"status": "error", "data": null, "message": ...}} with 400,
 * 401, 403, 404, 405 or 409, and no error code: Prequel documents none, so {@code
 * PrequelErrorCode.from(e)} is empty against the fake as well.
 *
 * <p>It needs no JUnit: a {@code main} program uses it directly, {@code try (FakePrequelServer fake
 * = new FakePrequelServer()) { ... }}. In JUnit Jupiter tests register its extension {@link
 * FakePrequel}, which starts and stops it around each test:
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
public sealed class FakePrequelServer extends FakeServer permits FakePrequel {
  /** The API key the fake accepts unless another is given. */
  public static final String DEFAULT_API_KEY = "sk_test_fakeprequel";

  private final String apiKey;
  private final FakePrequelClock clock = new FakePrequelClock();
  private final FakePrequelRoutes routes;
  private final RecordingSleeper sleeper = new RecordingSleeper();

  /** A fake accepting {@link #DEFAULT_API_KEY}. */
  public FakePrequelServer() {
    this(DEFAULT_API_KEY);
  }

  /** A fake accepting {@code apiKey}. */
  public FakePrequelServer(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    this.routes = new FakePrequelRoutes(apiKey, clock);
  }

  /** The API key this fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /**
   * The sleeper of clients from {@link #client()} and {@link #clientBuilder()}: it records retry
   * and polling waits (which move the fake's clock instead of sleeping).
   */
  public RecordingSleeper sleeper() {
    return sleeper;
  }

  /**
   * Sets the clock the fake's time starts from (timestamps, transfer progress); default the UTC
   * system clock. Time the fake's clients waited and {@link #advanceClock} steps are added to it.
   */
  public synchronized FakePrequelServer clock(Clock clock) {
    this.clock.base(clock);
    return this;
  }

  /** Moves the fake's time forward by {@code step}, as if that much time passed. */
  public synchronized FakePrequelServer advanceClock(Duration step) {
    clock.advance(step);
    return this;
  }

  /** The fake's current time. */
  public Instant now() {
    return clock.instant();
  }

  /** Accepts these {@code X-Prequel-Api-Version} values instead of only the SDK's default. */
  public synchronized FakePrequelServer acceptApiVersions(String... versions) {
    routes.apiVersions.clear();
    routes.apiVersions.addAll(List.of(versions));
    return this;
  }

  /**
   * Seeds a destination with Prequel-like defaults (name = id, hourly, enabled, no models) and the
   * given vendor block, which may hold credentials (they are stored, never returned).
   *
   * @param vendorBlock the vendor block, or null for an empty one
   */
  public synchronized FakePrequelServer addDestination(
      String id, String vendor, ObjectNode vendorBlock) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(vendor, "vendor");
    ObjectNode destination = FakePrequelState.defaults(id, vendor, routes.now());
    destination.set(
        vendor,
        vendorBlock == null ? JsonNodeFactory.instance.objectNode() : vendorBlock.deepCopy());
    return addDestination(destination);
  }

  /**
   * Seeds a destination given as Prequel's JSON; it must have a string {@code id} and {@code
   * vendor}.
   */
  public synchronized FakePrequelServer addDestination(ObjectNode destination) {
    Objects.requireNonNull(destination, "destination");
    if (!destination.path("id").isTextual() || !destination.path("vendor").isTextual()) {
      throw new IllegalArgumentException(
          "a seeded destination needs string 'id' and 'vendor' fields");
    }
    routes.destinations.put(destination);
    return this;
  }

  /**
   * Makes calls for this destination (and its transfers) answer 403, as for a key without access.
   */
  public synchronized FakePrequelServer denyAccessTo(String destinationId) {
    routes.forbidden.add(Objects.requireNonNull(destinationId, "destinationId"));
    return this;
  }

  /**
   * The destination as stored, credentials included (what the API would never return), if it
   * exists.
   */
  public synchronized Optional<ObjectNode> storedDestination(String id) {
    return routes.destinations.find(id).map(ObjectNode::deepCopy);
  }

  /** How many destinations the fake holds. */
  public synchronized int destinationCount() {
    return routes.destinations.size();
  }

  /**
   * Makes every connection test ({@code test-destination}, and {@code test-connection} of a
   * destination without its own verdict) answer {@code data.status} = {@code status} with {@code
   * message}; default {@code "success"}. The envelope stays {@code "success"}, as Prequel's does.
   *
   * @param message Prequel's message, or null for none
   */
  public synchronized FakePrequelServer connectionTestVerdict(String status, String message) {
    routes.verdict = FakePrequelRoutes.verdict(Objects.requireNonNull(status, "status"), message);
    return this;
  }

  /**
   * Makes {@code test-connection} of this destination answer {@code data.status} = {@code status}
   * with {@code message}, whatever the default verdict.
   *
   * @param message Prequel's message, or null for none
   */
  public synchronized FakePrequelServer connectionTestVerdict(
      String destinationId, String status, String message) {
    routes.verdicts.put(
        Objects.requireNonNull(destinationId, "destinationId"),
        FakePrequelRoutes.verdict(Objects.requireNonNull(status, "status"), message));
    return this;
  }

  /** Makes transfers of this destination started from now on end in ERROR instead of SUCCESS. */
  public synchronized FakePrequelServer failTransfersOf(String destinationId) {
    routes.transfers.fail(Objects.requireNonNull(destinationId, "destinationId"), true);
    return this;
  }

  /**
   * Sets how long a transfer stays PENDING, and then RUNNING, on the fake's clock; default 1 s and
   * 4 s.
   */
  public synchronized FakePrequelServer transferTimings(Duration pending, Duration running) {
    routes.transfers.timings(pending, running);
    return this;
  }

  /**
   * A client pointed at this fake with its key, {@link #sleeper()} and clock, so retries and waits
   * are instant. The fake closes it when it stops.
   */
  public PrequelClient client() {
    PrequelClient client = clientBuilder().build();
    closeWithFake(client::close);
    return client;
  }

  /**
   * A client builder pre-pointed at this fake with its key, {@link #sleeper()} and clock, for tests
   * that customise.
   */
  public PrequelClient.Builder clientBuilder() {
    return PrequelClient.builder()
        .apiKey(apiKey)
        .baseUrl(baseUrl())
        .sleeper(new FakePrequelSleeper(sleeper, clock))
        .clock(clock);
  }

  @Override
  MockResponse handle(RecordedRequest request) {
    try {
      return routes.answer(request, baseUrl());
    } catch (FakePrequelError refused) {
      return error(refused.status, null, refused.getMessage());
    }
  }

  @Override
  Clock clock() {
    return clock;
  }

  @Override
  String routeOf(RecordedRequest request) {
    String call = FakePrequelRoutes.callOf(request);
    return call == null ? request.getMethod() + " ?" : call;
  }

  /** Creates, updates, deletes and transfer starts change state; connection tests do not. */
  @Override
  boolean changes(RecordedRequest request) {
    String call = FakePrequelRoutes.callOf(request);
    return call != null
        && (call.equals("create")
            || call.equals("update")
            || call.equals("delete")
            || call.equals("transfer"));
  }

  /** Prequel's 429 in its error envelope, with {@code Retry-After} in whole seconds. */
  @Override
  MockResponse rateLimited(RateLimiter.Verdict verdict) {
    return error(429, null, "rate limit exceeded, retry later")
        .setHeader("Retry-After", verdict.retryAfterSeconds());
  }

  /** Prequel's error envelope; {@code code} is left out, as Prequel sends none. */
  @Override
  MockResponse error(int status, String code, String message) {
    ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("status", "error");
    envelope.putNull("data");
    return json(status, envelope.put("message", message));
  }
}
