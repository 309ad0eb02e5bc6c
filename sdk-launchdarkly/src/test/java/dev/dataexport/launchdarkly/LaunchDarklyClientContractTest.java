package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.HEADERS_WITHOUT_BODY;
import static dev.dataexport.launchdarkly.TestSupport.HEADERS_WITH_BODY;
import static dev.dataexport.launchdarkly.TestSupport.TOKEN;
import static dev.dataexport.launchdarkly.TestSupport.assertCommonHeaders;
import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.destination;
import static dev.dataexport.launchdarkly.TestSupport.headerNames;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static dev.dataexport.launchdarkly.TestSupport.rejects;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire contract of every call and body form, checked against MockWebServer. */
class LaunchDarklyClientContractTest {
  private static final String PATH = "/api/v2/destinations/my-project/production/dest-1";
  private static final String CONFIG = "{\"project\":\"p\",\"topic\":\"t\"}";

  private MockWebServer server;
  private TestSupport.Waits waits;
  private LaunchDarklyClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
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

  @Test
  void getSendsEveryHeaderAndNoBody() throws Exception {
    server.enqueue(destination(3, true, CONFIG));
    Destination d =
        client.destinations().get(DestinationKey.of("my-project", "production", "dest-1"));
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo(PATH);
    assertCommonHeaders(request);
    assertThat(headerNames(request)).isEqualTo(HEADERS_WITHOUT_BODY);
    assertThat(request.getBodySize()).isZero();
    assertThat(d.version()).hasValue(3);
  }

  @Test
  void patchSendsABareJsonPatchArray() throws Exception {
    server.enqueue(destination(4, false, CONFIG));
    Destination d =
        client
            .destinations()
            .patch(
                DestinationKey.of("my-project", "production", "dest-1"),
                JsonPatch.builder()
                    .test("/version", 3)
                    .replace("/on", false)
                    .replace("/config/topic", "exports")
                    .replace("/config/userIDContextKind", null)
                    .build());
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo(PATH);
    assertCommonHeaders(request);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(headerNames(request)).isEqualTo(HEADERS_WITH_BODY);
    assertThat(tree(request.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "[{\"op\":\"test\",\"path\":\"/version\",\"value\":3},"
                    + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                    + "{\"op\":\"replace\",\"path\":\"/config/topic\",\"value\":\"exports\"},"
                    + "{\"op\":\"replace\",\"path\":\"/config/userIDContextKind\",\"value\":null}]"));
    assertThat(d.on()).contains(false);
  }

  @Test
  void patchWithACommentSendsTheWrapper() throws Exception {
    server.enqueue(destination(4, false, CONFIG));
    client
        .destinations()
        .patch(
            DestinationKey.of("my-project", "production", "dest-1"),
            JsonPatch.builder()
                .replace("/on", false)
                .comment("pause exports for maintenance")
                .build());
    RecordedRequest request = take();
    assertThat(request.getPath()).isEqualTo(PATH);
    assertCommonHeaders(request);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(tree(request.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"comment\":\"pause exports for maintenance\","
                    + "\"patch\":[{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]}"));
  }

  @Test
  void mergePatchSendsABareObjectOrTheWrapper() throws Exception {
    server.enqueue(destination(4, false, CONFIG));
    server.enqueue(destination(5, false, CONFIG));
    MergePatch merge =
        MergePatch.builder()
            .set("on", false)
            .set("config", MergePatch.builder().set("topic", "exports").remove("old"))
            .build();
    client
        .destinations()
        .mergePatch(DestinationKey.of("my-project", "production", "dest-1"), merge);
    client
        .destinations()
        .mergePatch(
            DestinationKey.of("my-project", "production", "dest-1"), merge.withComment("why"));
    RecordedRequest bare = take();
    assertThat(bare.getMethod()).isEqualTo("PATCH");
    assertThat(bare.getPath()).isEqualTo(PATH);
    assertCommonHeaders(bare);
    assertThat(bare.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(tree(bare.getBody().readUtf8()))
        .isEqualTo(tree("{\"on\":false,\"config\":{\"topic\":\"exports\",\"old\":null}}"));
    RecordedRequest wrapped = take();
    assertCommonHeaders(wrapped);
    assertThat(tree(wrapped.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"comment\":\"why\",\"merge\":{\"on\":false,\"config\":{\"topic\":\"exports\",\"old\":null}}}"));
  }

  @Test
  void encodesEveryPathSegment() throws Exception {
    server.enqueue(destination(1, true, CONFIG));
    client.destinations().get(DestinationKey.of("proj/with slash", "env?#%", "id é"));
    assertThat(take().getPath())
        .isEqualTo("/api/v2/destinations/proj%2Fwith%20slash/env%3F%23%25/id%20%C3%A9");
  }

  @Test
  void asyncTwinsAndRawResponses() throws Exception {
    server.enqueue(
        destination(1, true, CONFIG)
            .setHeader("X-Ratelimit-Route-Remaining", "7")
            .setHeader("X-Request-Id", "req-1"));
    server.enqueue(destination(2, false, CONFIG));
    server.enqueue(destination(3, false, CONFIG));
    server.enqueue(destination(4, false, CONFIG));
    ApiResponse<Destination> raw =
        client
            .destinations()
            .withRawResponse()
            .get(DestinationKey.of("my-project", "production", "dest-1"), RequestOptions.none());
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.attempts()).hasSize(1);
    assertThat(raw.requestId()).contains("req-1");
    assertThat(LaunchDarklyRateLimit.from(raw).routeRemaining()).hasValue(7);
    assertThat(
            client
                .destinations()
                .patchAsync(
                    DestinationKey.of("my-project", "production", "dest-1"),
                    JsonPatch.builder().replace("/on", false).build())
                .get(5, TimeUnit.SECONDS)
                .version())
        .hasValue(2);
    assertThat(
            client
                .destinations()
                .mergePatchAsync(
                    DestinationKey.of("my-project", "production", "dest-1"),
                    MergePatch.builder().set("on", false).comment("c").build())
                .get(5, TimeUnit.SECONDS)
                .version())
        .hasValue(3);
    assertThat(
            client
                .destinations()
                .getAsync(DestinationKey.of("my-project", "production", "dest-1"))
                .get(5, TimeUnit.SECONDS)
                .version())
        .hasValue(4);
    assertThat(take().getMethod()).isEqualTo("GET");
    RecordedRequest patch = take();
    assertThat(tree(patch.getBody().readUtf8()))
        .isEqualTo(tree("[{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]"));
    assertCommonHeaders(patch);
    assertThat(tree(take().getBody().readUtf8()))
        .isEqualTo(tree("{\"comment\":\"c\",\"merge\":{\"on\":false}}"));
  }

  @Test
  void perCallOptionsAndApiVersionAreConfigurable() throws Exception {
    try (LaunchDarklyClient beta = clientFor(server, waits).apiVersion("beta").build()) {
      server.enqueue(destination(1, true, CONFIG));
      beta.destinations()
          .get(
              DestinationKey.of("p", "e", "d"),
              RequestOptions.builder().header("X-Trace", "t1").build());
      RecordedRequest request = take();
      assertThat(request.getHeader("LD-API-Version")).isEqualTo("beta");
      assertThat(request.getHeader("X-Trace")).isEqualTo("t1");
    }
    assertThatThrownBy(() -> LaunchDarklyClient.builder().apiVersion("2024 04 15"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiVersion");
  }

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request, BadRequest",
    "401, unauthorized, Authentication",
    "403, forbidden, PermissionDenied",
    "404, not_found, NotFound",
    "409, optimistic_locking_error, Conflict",
    "422, patch_failed, UnprocessableEntity"
  })
  void mapsErrorsToTypedExceptionsWithTheVendorCode(int status, String code, String type) {
    server.enqueue(
        json(status, "{\"code\":\"" + code + "\",\"message\":\"it failed\",\"id\":\"err-42\"}"));
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                client
                    .destinations()
                    .patch(
                        DestinationKey.of("p", "e", "d"),
                        JsonPatch.builder().remove("/name").build()));
    assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).contains(code);
    assertThat(e.errorMessage()).contains("it failed");
    assertThat(LaunchDarklyErrorCode.from(e)).contains(LaunchDarklyErrorCode.of(code));
    assertThat(LaunchDarklyErrorCode.from(e).orElseThrow().isKnown()).isTrue();
    assertThat(LaunchDarklyErrorCode.errorId(e)).contains("err-42");
    assertThat(e.getMessage())
        .contains("PATCH /api/v2/destinations/p/e/d")
        .contains("it failed")
        .contains(code);
    assertThat(server.getRequestCount()).isEqualTo(1); // never retried
  }

  @Test
  void keepsUnknownErrorCodesAndSurvivesNonJsonErrors() {
    server.enqueue(json(400, "{\"code\":\"brand_new_code\",\"message\":\"m\"}"));
    server.enqueue(new MockResponse().setResponseCode(403).setBody("<html>proxy says no</html>"));
    ApiException unknown =
        (ApiException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> client.destinations().get(DestinationKey.of("p", "e", "d")));
    assertThat(LaunchDarklyErrorCode.from(unknown).orElseThrow().isKnown()).isFalse();
    assertThat(LaunchDarklyErrorCode.from(unknown).orElseThrow().value())
        .isEqualTo("brand_new_code");
    ApiException html =
        (ApiException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> client.destinations().get(DestinationKey.of("p", "e", "d")));
    assertThat(html).isInstanceOf(ApiException.PermissionDenied.class);
    assertThat(html.errorCode()).isEmpty();
    assertThat(LaunchDarklyErrorCode.from(html)).isEmpty();
    assertThat(LaunchDarklyErrorCode.errorId(html)).isEmpty();
    assertThat(LaunchDarklyErrorCode.errorId(unknown)).isEmpty();
  }

  @Test
  void retriesA500OnlyForPatchesThatAreSafeToRepeat() throws Exception {
    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"m\"}"));
    server.enqueue(destination(2, false, CONFIG));
    client
        .destinations()
        .patch(DestinationKey.of("p", "e", "d"), JsonPatch.builder().replace("/on", false).build());
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"m\"}"));
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .patch(
                        DestinationKey.of("p", "e", "d"),
                        JsonPatch.builder().add("/config/list/-", "x").build()))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(server.getRequestCount()).isEqualTo(3);

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(destination(3, false, CONFIG));
    client
        .destinations()
        .mergePatch(DestinationKey.of("p", "e", "d"), MergePatch.builder().set("on", true).build());
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void rejectsBadInputBeforeAnyIo() {
    JsonPatch ok = JsonPatch.builder().replace("/on", true).build();
    DestinationChange on = DestinationChange.builder().on(true).build();
    DestinationKey key = DestinationKey.of("p", "e", "d");
    Destinations destinations = client.destinations();
    Class<NullPointerException> npe = NullPointerException.class;
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    rejects(npe, "key must not be null", () -> destinations.get(null));
    rejects(npe, "options must not be null", () -> destinations.get(key, null));
    rejects(npe, "key must not be null", () -> destinations.patch(null, ok));
    rejects(npe, "patch must not be null", () -> destinations.patch(key, null));
    rejects(npe, "patch must not be null", () -> destinations.patchAsync(key, null));
    rejects(npe, "patch must not be null", () -> destinations.mergePatch(key, null));
    rejects(npe, "key must not be null", () -> destinations.mergePatchAsync(null, null));
    rejects(npe, "change must not be null", () -> destinations.update(key, null));
    rejects(npe, "key must not be null", () -> destinations.updateAsync(null, on));
    rejects(
        npe,
        "change must not be null",
        () -> destinations.withRawResponse().update(key, null, RequestOptions.none()));
    rejects(
        iae,
        "patch must have at least 1 item",
        () -> destinations.patch(key, JsonPatch.builder().build()));
    rejects(
        iae,
        "patch must have at least 1 item",
        () -> destinations.mergePatch(key, MergePatch.builder().build()));
    rejects(iae, "comment must not be blank", () -> destinations.patch(key, ok.withComment(" ")));
    assertThatThrownBy(
            () -> destinations.patch(key, JsonPatch.builder().replace("/_id", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patch[0] (replace)")
        .hasMessageContaining("'_id', which is read-only");
    assertThatThrownBy(
            () ->
                destinations.patch(
                    key, JsonPatch.builder().replace("/on", true).move("/_links", "/x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("patch[1] (move)")
        .hasMessageContaining("'_links', which is read-only");
    assertThatThrownBy(() -> destinations.patch(key, JsonPatch.builder().replace("", "{}").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole destination");
    assertThatThrownBy(
            () -> destinations.mergePatch(key, MergePatch.builder().set("_links", 1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(
            () -> destinations.mergePatch(key, MergePatch.builder().set("comment", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commented patch");
    // A key is checked when it is made, so no call can be given a blank or whitespace-only part.
    rejects(
        npe,
        "projectKey must not be null",
        () -> destinations.get(DestinationKey.of(null, "e", "d")));
    rejects(
        iae,
        "environmentKey must not be blank",
        () -> destinations.patch(DestinationKey.of("p", " ", "d"), ok));
    rejects(
        iae,
        "id must not be blank",
        () -> destinations.update(DestinationKey.of("p", "e", ""), on));
    assertThatThrownBy(() -> destinations.getAsync(DestinationKey.of("p", "e", "..")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be '.' or '..'");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theClientBuilderRejectsBadInputWithTheSdksMessages() {
    rejects(
        NullPointerException.class,
        "accessToken must not be null",
        () -> LaunchDarklyClient.builder().accessToken(null));
    rejects(
        NullPointerException.class,
        "apiVersion must not be null",
        () -> LaunchDarklyClient.builder().apiVersion(null));
    rejects(
        IllegalArgumentException.class,
        "apiVersion must not be blank",
        () -> LaunchDarklyClient.builder().apiVersion(" "));
    rejects(
        IllegalArgumentException.class,
        "updateRetries must be >= 0, was -1",
        () -> LaunchDarklyClient.builder().updateRetries(-1));
    rejects(
        IllegalStateException.class,
        "accessToken is required",
        () -> LaunchDarklyClient.builder().build());
    rejects(
        NullPointerException.class, "env must not be null", () -> LaunchDarklyClient.fromEnv(null));
    rejects(
        NullPointerException.class,
        "accessToken must not be null",
        () -> LaunchDarklyClient.builder().accessToken(null));
    for (String bearer : new String[] {"Bearer " + TOKEN, "bearer " + TOKEN}) {
      assertThatThrownBy(() -> LaunchDarklyClient.builder().accessToken(bearer))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "accessToken must be the raw token, without 'Bearer ': LaunchDarkly reads the"
                  + " Authorization header as the token itself (use api-... as given)")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
      assertThatThrownBy(
              () -> LaunchDarklyClient.fromEnv(Map.of(LaunchDarklyClient.ACCESS_TOKEN_ENV, bearer)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("accessToken must be the raw token");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aCommentMayStillCarryAWrapperMemberName() throws Exception {
    server.enqueue(destination(2, true, CONFIG));
    client
        .destinations()
        .mergePatch(
            DestinationKey.of("p", "e", "d"),
            MergePatch.builder().set("merge", 1).comment("why").build());
    assertThat(tree(take().getBody().readUtf8()))
        .isEqualTo(tree("{\"comment\":\"why\",\"merge\":{\"merge\":1}}"));
  }

  @Test
  void theRawResponseViewHasExactlyTheOverloadsOfDestinations() {
    java.util.function.Function<Class<?>, Set<String>> signatures =
        type ->
            java.util.Arrays.stream(type.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .filter(m -> !m.getName().equals("withRawResponse"))
                .map(m -> m.getName() + java.util.Arrays.toString(m.getParameterTypes()))
                .collect(Collectors.toCollection(TreeSet::new));
    assertThat(signatures.apply(Destinations.WithRawResponse.class))
        .isEqualTo(signatures.apply(Destinations.class))
        .hasSize(
            28); // seven calls (list, create, get, patch, mergePatch, update, delete), four forms
    // each
  }

  @Test
  void withOptionsSharesTheConnectionPoolAndKeepsTheVendorSettings() throws Exception {
    server.enqueue(destination(1, true, CONFIG));
    server.enqueue(destination(1, true, CONFIG));
    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"m\"}"));
    server.enqueue(destination(2, true, CONFIG));
    DestinationKey key = DestinationKey.of("p", "e", "d");
    try (LaunchDarklyClient beta = clientFor(server, waits).apiVersion("beta").build()) {
      LaunchDarklyClient noRetries =
          beta.withOptions(o -> o.maxRetries(0).defaultHeader("X-Team", "exports"));
      beta.destinations().get(key);
      noRetries.destinations().get(key);
      RecordedRequest first = take();
      RecordedRequest second = take();
      // The second call reused the first call's connection: one pool for both clients.
      assertThat(second.getSequenceNumber()).isEqualTo(first.getSequenceNumber() + 1);
      assertThat(second.getHeader("X-Team")).isEqualTo("exports");
      assertThat(second.getHeader("LD-API-Version")).isEqualTo("beta");
      assertThat(second.getHeader("Authorization")).isEqualTo(TOKEN);
      assertThat(first.getHeader("X-Team")).isNull();
      assertThat(noRetries.options().retryPolicy().maxRetries()).isZero();
      assertThat(noRetries.apiVersion()).isEqualTo("beta");
      assertThatThrownBy(() -> noRetries.destinations().get(key))
          .isInstanceOf(ApiException.ServerError.class);
      assertThat(server.getRequestCount()).isEqualTo(3); // no retry on the derived client
      noRetries.close();
      assertThat(beta.destinations().get(key).version()).hasValue(2); // the pool stays open
    }
    assertThatThrownBy(() -> client.withOptions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change must not be null");
  }

  @Test
  void buildsFromTheEnvironment() throws Exception {
    String url = server.url("/").toString();
    try (LaunchDarklyClient fromEnv =
        LaunchDarklyClient.fromEnv(
            Map.of(
                LaunchDarklyClient.ACCESS_TOKEN_ENV,
                TOKEN,
                LaunchDarklyClient.BASE_URL_ENV,
                url.substring(0, url.length() - 1)))) {
      server.enqueue(destination(1, true, CONFIG));
      fromEnv.destinations().get(DestinationKey.of("p", "e", "d"));
      assertThat(take().getHeader("Authorization")).isEqualTo(TOKEN);
    }
    try (LaunchDarklyClient defaults =
        LaunchDarklyClient.fromEnv(Map.of(LaunchDarklyClient.ACCESS_TOKEN_ENV, TOKEN))) {
      assertThat(defaults.options().baseUrl().toString())
          .isEqualTo("https://app.launchdarkly.com/");
      assertThat(defaults.apiVersion()).isEqualTo("20240415");
    }
    assertThatThrownBy(() -> LaunchDarklyClient.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LAUNCHDARKLY_ACCESS_TOKEN is not set");
    assertThatThrownBy(() -> LaunchDarklyClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("accessToken is required");
    assertThat(LaunchDarklyClient.FEDERAL_BASE_URL).isEqualTo("https://app.launchdarkly.us");
    assertThat(LaunchDarklyClient.EU_BASE_URL).isEqualTo("https://app.eu.launchdarkly.com");
  }

  @Test
  void neverShowsTheTokenOrSecretConfig() throws Exception {
    assertThat(client.toString()).doesNotContain(TOKEN).contains("****");
    assertThat(client.options().toString()).doesNotContain(TOKEN);
    assertThatThrownBy(() -> LaunchDarklyClient.builder().accessToken("bad\n" + TOKEN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(TOKEN);
    // A server that echoes the token and a secret back in an error.
    server.enqueue(
        json(401, "{\"code\":\"unauthorized\",\"message\":\"token " + TOKEN + " is invalid\"}"));
    ApiException e =
        (ApiException)
            org.assertj.core.api.Assertions.catchThrowable(
                () ->
                    client
                        .destinations()
                        .patch(
                            DestinationKey.of("p", "e", "d"),
                            JsonPatch.builder()
                                .replace("/config/writeKey", "write-canary-1")
                                .build()));
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.body()).doesNotContain(TOKEN);
    assertThat(e.errorMessage().orElseThrow()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN).doesNotContain("write-canary-1");
    server.enqueue(
        json(200, "{\"kind\":\"segment\",\"config\":{\"writeKey\":\"write-canary-2\"}}"));
    Destination d = client.destinations().get(DestinationKey.of("p", "e", "d"));
    assertThat(d.toString()).doesNotContain("write-canary-2");
  }

  @Test
  void asyncFailuresCarryTheTypedException() {
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"Unknown destination\"}"));
    assertThatThrownBy(
            () -> client.destinations().getAsync(DestinationKey.of("p", "e", "d")).join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ApiException.NotFound.class);
  }

  @Test
  void closedClientRefusesCalls() {
    client.close();
    assertThatThrownBy(() -> client.destinations().get(DestinationKey.of("p", "e", "d")))
        .isInstanceOf(IllegalStateException.class);
  }
}
