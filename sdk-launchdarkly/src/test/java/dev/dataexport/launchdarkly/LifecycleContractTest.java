package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.HEADERS_WITHOUT_BODY;
import static dev.dataexport.launchdarkly.TestSupport.HEADERS_WITH_BODY;
import static dev.dataexport.launchdarkly.TestSupport.assertCommonHeaders;
import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.headerNames;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire contract of list, create and delete, checked against MockWebServer. */
class LifecycleContractTest {
  static final String CANARY = "CANARY-secret-123";

  /** A project, environment and id that need every kind of path encoding. */
  static final DestinationKey AWKWARD = DestinationKey.of("proj/a b", "env%ü", "id/ü 1");

  static final String AWKWARD_PATH = "/api/v2/destinations/proj%2Fa%20b/env%25%C3%BC";

  static final String CREATED =
      "{\"_id\":\"dest-9\",\"name\":\"exports\",\"kind\":\"google-pubsub\",\"version\":1,"
          + "\"on\":true,\"createdAt\":1714564800000,\"maintainerId\":\"m-1\","
          + "\"config\":{\"project\":\"p\",\"topic\":\"t\"},"
          + "\"_links\":{\"self\":{\"href\":\"/api/v2/destinations/proj/production/dest-9\","
          + "\"type\":\"application/json\"}},\"_access\":{\"allowed\":[],\"denied\":[]}}";

  static final String LIST =
      "{\"_links\":{\"self\":{\"href\":\"/api/v2/destinations\",\"type\":\"application/json\"}},"
          + "\"items\":[null,"
          + CREATED
          + ",{\"_id\":\"dest-10\",\"kind\":\"clickhouse\",\"version\":3,"
          + "\"config\":{\"host\":\"h\",\"password\":\"********0123\"},"
          + "\"_links\":{\"self\":{\"href\":\"/api/v2/destinations/other/staging/dest-10\"}}}],"
          + "\"totalCount\":2}";

  private MockWebServer server;
  private TestSupport.Waits waits;
  private LaunchDarklyClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    waits = new TestSupport.Waits();
    client = clientFor(server, waits).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  private static NewDestination pubsub() {
    return NewDestination.builder()
        .name("exports")
        .config(GooglePubSubConfig.builder().project("p").topic("t").build())
        .on(true)
        .build();
  }

  @Test
  void listSendsAPlainGetAndKeepsLinksUnknownKindsAndUnknownMembers() throws Exception {
    server.enqueue(json(200, LIST));
    DestinationList list = client.destinations().list();
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/api/v2/destinations");
    assertCommonHeaders(request);
    assertThat(headerNames(request)).isEqualTo(HEADERS_WITHOUT_BODY);
    assertThat(request.getBodySize()).isZero();

    assertThat(list.items()).hasSize(2); // the null item is skipped by the one rule
    assertThat(list.links().get("self").href()).contains("/api/v2/destinations");
    assertThat(list.unknownFields()).containsOnlyKeys("totalCount");
    Destination clickhouse = list.items().get(1);
    assertThat(clickhouse.kind().orElseThrow().value()).isEqualTo("clickhouse");
    assertThat(clickhouse.kind().orElseThrow().isKnown()).isFalse();
    assertThat(clickhouse.key()).contains(DestinationKey.of("other", "staging", "dest-10"));
    assertThat(clickhouse.toString()).doesNotContain("0123");
    assertThat(list.find(DestinationKey.of("proj", "production", "dest-9")))
        .map(d -> d.name().orElseThrow())
        .contains("exports");
  }

  @Test
  void theFilterHelperSelectsByProjectEnvironmentAndKind() {
    server.enqueue(json(200, LIST));
    DestinationList list = client.destinations().list();
    assertThat(list.filter(DestinationFilter.all())).hasSize(2);
    assertThat(list.filter(DestinationFilter.all().project("proj")))
        .extracting(d -> d.id().orElseThrow())
        .containsExactly("dest-9");
    assertThat(list.filter(DestinationFilter.all().environment("staging")))
        .extracting(d -> d.id().orElseThrow())
        .containsExactly("dest-10");
    assertThat(list.filter(DestinationFilter.all().kind(DestinationKind.of("clickhouse"))))
        .extracting(d -> d.id().orElseThrow())
        .containsExactly("dest-10");
    assertThat(
            list.filter(
                DestinationFilter.all()
                    .environment(EnvironmentKey.of("proj", "production"))
                    .kind(DestinationKind.KINESIS)))
        .isEmpty();
    assertThat(list.find(EnvironmentKey.of("proj", "production"), DestinationKind.GOOGLE_PUBSUB))
        .map(d -> d.id().orElseThrow())
        .contains("dest-9");
    assertThat(list.find(EnvironmentKey.of("other", "production"), DestinationKind.GOOGLE_PUBSUB))
        .isEmpty();
  }

  @Test
  void createPostsTheBodyToTheEnvironmentAndReadsThe201() throws Exception {
    server.enqueue(json(201, CREATED));
    Destination created =
        client
            .destinations()
            .create(EnvironmentKey.of(AWKWARD.projectKey(), AWKWARD.environmentKey()), pubsub());
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(AWKWARD_PATH);
    assertCommonHeaders(request);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(headerNames(request)).isEqualTo(HEADERS_WITH_BODY);
    assertThat(tree(request.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"name\":\"exports\",\"kind\":\"google-pubsub\","
                    + "\"config\":{\"project\":\"p\",\"topic\":\"t\"},\"on\":true}"));
    assertThat(created.id()).contains("dest-9");
    assertThat(created.version()).hasValue(1);
    assertThat(created.createdAt()).contains(Instant.ofEpochMilli(1714564800000L));
    assertThat(created.key()).contains(DestinationKey.of("proj", "production", "dest-9"));
    assertThat(created.googlePubSubConfig().orElseThrow().topic()).contains("t");
  }

  @Test
  void createLeavesOutWhatIsNotSetAndSendsEachTypedKindExactly() throws Exception {
    EnvironmentKey env = EnvironmentKey.of("proj", "production");
    for (KindCases.Case c : KindCases.all()) {
      server.enqueue(json(201, CREATED));
      client.destinations().create(env, c.apply(NewDestination.builder()).build());
    }
    for (KindCases.Case c : KindCases.all()) {
      RecordedRequest request = take();
      assertThat(request.getPath()).isEqualTo("/api/v2/destinations/proj/production");
      assertThat(tree(request.getBody().readUtf8()))
          .as(c.kind().value())
          .isEqualTo(tree("{\"kind\":\"" + c.kind().value() + "\",\"config\":" + c.wire() + "}"));
    }
  }

  @Test
  void anyOtherKindIsCreatedFromRawJson() throws Exception {
    server.enqueue(json(201, CREATED.replace("google-pubsub", "clickhouse")));
    Destination created =
        client
            .destinations()
            .create(
                EnvironmentKey.of("proj", "production"),
                NewDestination.builder()
                    .rawConfig(
                        DestinationKind.of("clickhouse"),
                        tree("{\"host\":\"h\",\"port\":9440,\"tls\":true}"))
                    .on(false)
                    .build());
    assertThat(tree(take().getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"kind\":\"clickhouse\",\"config\":{\"host\":\"h\",\"port\":9440,\"tls\":true},"
                    + "\"on\":false}"));
    assertThat(created.kind().orElseThrow().value()).isEqualTo("clickhouse");
  }

  @Test
  void a409OnCreateSaysTheEnvironmentAlreadyHasThatKind() {
    server.enqueue(
        json(
            409,
            "{\"code\":\"optimistic_locking_error\","
                + "\"message\":\"Conflict. Optimistic lock error. Try again later.\"}"));
    assertThatThrownBy(
            () -> client.destinations().create(EnvironmentKey.of("proj", "production"), pubsub()))
        .isInstanceOfSatisfying(
            ApiException.Conflict.class,
            e -> {
              assertThat(e.getMessage())
                  .startsWith(
                      "environment proj/production already has a destination of kind"
                          + " google-pubsub")
                  .contains("POST /api/v2/destinations/proj/production failed with HTTP 409");
              assertThat(e.errorMessage())
                  .contains("Conflict. Optimistic lock error. Try again later.");
              assertThat(LaunchDarklyErrorCode.from(e))
                  .contains(LaunchDarklyErrorCode.OPTIMISTIC_LOCKING_ERROR);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a409OnAnAsyncCreateIsExplainedToo() {
    server.enqueue(json(409, "{\"code\":\"optimistic_locking_error\",\"message\":\"m\"}"));
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .createAsync(EnvironmentKey.of("proj", "production"), pubsub())
                    .join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ApiException.Conflict.class)
        .hasMessageStartingWith(
            "environment proj/production already has a destination of kind google-pubsub");
  }

  @Test
  void createIsNotRetriedAfterA500OrADroppedConnectionButIsAfterA429() throws Exception {
    EnvironmentKey env = EnvironmentKey.of("proj", "production");
    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"boom\"}"));
    assertThatThrownBy(() -> client.destinations().create(env, pubsub()))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    assertThatThrownBy(() -> client.destinations().create(env, pubsub()))
        .isInstanceOf(ApiConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(waits.waits).isEmpty();

    // A 429 means LaunchDarkly did not act: the create is sent again after the wait.
    server.enqueue(json(429, "{\"code\":\"rate_limited\",\"message\":\"slow\"}"));
    server.enqueue(json(201, CREATED));
    assertThat(client.destinations().create(env, pubsub()).id()).contains("dest-9");
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(waits.waits).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request, BadRequest",
    "401, unauthorized, Authentication",
    "403, forbidden, PermissionDenied",
    "429, rate_limited, RateLimited"
  })
  void createMapsEachDocumentedStatus(int status, String code, String type) {
    LaunchDarklyClient noRetries = client.withOptions(o -> o.maxRetries(0));
    server.enqueue(json(status, "{\"code\":\"" + code + "\",\"message\":\"m\",\"id\":\"e-1\"}"));
    assertThatThrownBy(() -> noRetries.destinations().create(EnvironmentKey.of("p", "e"), pubsub()))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.getClass().getSimpleName()).isEqualTo(type);
              assertThat(e.errorCode()).contains(code);
              assertThat(LaunchDarklyErrorCode.errorId(e)).contains("e-1");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "401, unauthorized, Authentication",
    "403, forbidden, PermissionDenied",
    "404, not_found, NotFound",
    "429, rate_limited, RateLimited"
  })
  void listAndDeleteMapEachDocumentedStatus(int status, String code, String type) {
    LaunchDarklyClient noRetries = client.withOptions(o -> o.maxRetries(0));
    String body = "{\"code\":\"" + code + "\",\"message\":\"m\"}";
    server.enqueue(json(status, body));
    server.enqueue(json(status, body));
    assertThatThrownBy(() -> noRetries.destinations().delete(AWKWARD))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type));
    if (status != 404) { // the list documents no 404
      assertThatThrownBy(() -> noRetries.destinations().list())
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type));
    }
  }

  @Test
  void deleteSendsADeleteToTheEncodedPathAndReadsThe204() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    DeleteResult result = client.destinations().delete(AWKWARD);
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getPath()).isEqualTo(AWKWARD_PATH + "/id%2F%C3%BC%201");
    assertCommonHeaders(request);
    assertThat(headerNames(request)).isEqualTo(HEADERS_WITHOUT_BODY);
    assertThat(request.getBodySize()).isZero();
    assertThat(result.wasGoneOnRetry()).isFalse();
  }

  @Test
  void aDeleteWhose404AnswersARetryIsDoneAndSaysSo() {
    server.enqueue(json(502, "{\"code\":\"bad_gateway\",\"message\":\"m\"}"));
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"Unknown destination\"}"));
    ApiResponse<DeleteResult> response = client.destinations().withRawResponse().delete(AWKWARD);
    assertThat(response.value().wasGoneOnRetry()).isTrue();
    assertThat(response.attempts()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDroppedConnectionThenA404IsADoneDelete() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"Unknown destination\"}"));
    assertThat(client.destinations().delete(AWKWARD).wasGoneOnRetry()).isTrue();
  }

  @Test
  void a404OnTheFirstDeleteIsNotFound() {
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"Unknown destination\"}"));
    assertThatThrownBy(() -> client.destinations().delete(AWKWARD))
        .isInstanceOf(ApiException.NotFound.class);
  }

  @Test
  void asyncTwinsRawResponsesAndRateLimitHeadersOnEveryNewCall() throws Exception {
    server.enqueue(limited(json(200, LIST)));
    server.enqueue(limited(json(201, CREATED)));
    server.enqueue(limited(new MockResponse().setResponseCode(204)));
    Destinations.WithRawResponse raw = client.destinations().withRawResponse();
    RequestOptions options = RequestOptions.builder().header("X-Request-Tag", "t-1").build();

    ApiResponse<DestinationList> list = raw.listAsync(options).join();
    ApiResponse<Destination> created =
        raw.createAsync(EnvironmentKey.of("proj", "production"), pubsub(), options).join();
    ApiResponse<DeleteResult> deleted =
        raw.deleteAsync(DestinationKey.of("proj", "production", "dest-9"), options).join();

    assertThat(list.status()).isEqualTo(200);
    assertThat(created.status()).isEqualTo(201);
    assertThat(deleted.status()).isEqualTo(204);
    for (ApiResponse<?> response : java.util.List.of(list, created, deleted)) {
      LaunchDarklyRateLimit limit = LaunchDarklyRateLimit.from(response);
      assertThat(limit.globalRemaining()).hasValue(41);
      assertThat(limit.routeRemaining()).hasValue(7);
      assertThat(limit.reset()).contains(Instant.ofEpochMilli(1714564810000L));
    }
    for (int i = 0; i < 3; i++) {
      assertThat(take().getHeader("X-Request-Tag")).isEqualTo("t-1");
    }
    server.enqueue(json(200, LIST));
    server.enqueue(json(201, CREATED));
    server.enqueue(new MockResponse().setResponseCode(204));
    assertThat(client.destinations().listAsync().join().items()).hasSize(2);
    assertThat(
            client
                .destinations()
                .createAsync(EnvironmentKey.of("proj", "production"), pubsub())
                .join()
                .id())
        .contains("dest-9");
    assertThat(client.destinations().deleteAsync(AWKWARD).join().wasGoneOnRetry()).isFalse();
  }

  private static MockResponse limited(MockResponse response) {
    return response
        .setHeader(LaunchDarklyRateLimit.GLOBAL_REMAINING, "41")
        .setHeader(LaunchDarklyRateLimit.ROUTE_REMAINING, "7")
        .setHeader(LaunchDarklyRateLimit.RESET, "1714564810000");
  }

  @Test
  void secretsOfANewDestinationGoOnTheWireOnlyAndNeverPrint() throws Exception {
    server.enqueue(json(201, CREATED));
    NewDestination segment =
        NewDestination.builder()
            .config(SegmentConfig.builder().writeKey(Secret.of(CANARY)).build())
            .build();
    assertThat(segment.toString()).doesNotContain(CANARY).contains("\"writeKey\":\"****\"");
    client.destinations().create(EnvironmentKey.of("p", "e"), segment);
    assertThat(tree(take().getBody().readUtf8()).path("config").path("writeKey").textValue())
        .isEqualTo(CANARY);

    server.enqueue(
        json(400, "{\"code\":\"invalid_request\",\"message\":\"bad writeKey " + CANARY + "\"}"));
    assertThatThrownBy(() -> client.destinations().create(EnvironmentKey.of("p", "e"), segment))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CANARY))
        .satisfies(e -> assertThat(((ApiException) e).body()).doesNotContain(CANARY));
  }
}
