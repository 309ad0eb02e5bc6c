package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.TOKEN;
import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.destination;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InternalServerException;
import dev.dataexport.core.errors.NotFoundException;
import dev.dataexport.core.errors.PermissionDeniedException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
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

  private static Set<String> headerNames(RecordedRequest request) {
    return StreamSupport.stream(request.getHeaders().spliterator(), false)
        .map(pair -> pair.getFirst().toLowerCase(java.util.Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void assertCommonHeaders(RecordedRequest request) {
    assertThat(request.getHeader("Authorization")).isEqualTo(TOKEN);
    assertThat(request.getHeader("LD-API-Version")).isEqualTo("20240415");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("dataexport-java/");
  }

  @Test
  void getSendsEveryHeaderAndNoBody() throws Exception {
    server.enqueue(destination(3, true, CONFIG));
    Destination d = client.destinations().get("my-project", "production", "dest-1");
    RecordedRequest request = take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo(PATH);
    assertCommonHeaders(request);
    assertThat(headerNames(request))
        .containsExactlyInAnyOrder(
            "authorization",
            "ld-api-version",
            "accept",
            "user-agent",
            "host",
            "connection",
            "accept-encoding");
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
                "my-project",
                "production",
                "dest-1",
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
    assertThat(headerNames(request))
        .containsExactlyInAnyOrder(
            "authorization",
            "ld-api-version",
            "accept",
            "user-agent",
            "content-type",
            "content-length",
            "host",
            "connection",
            "accept-encoding");
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
            "my-project",
            "production",
            "dest-1",
            JsonPatch.builder().replace("/on", false).build(),
            "pause exports for maintenance");
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
    client.destinations().mergePatch("my-project", "production", "dest-1", merge);
    client.destinations().mergePatch("my-project", "production", "dest-1", merge, "why");
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
    client.destinations().get("proj/with slash", "env?#%", "id é");
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
            .get("my-project", "production", "dest-1", RequestOptions.none());
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.attempts()).hasSize(1);
    assertThat(raw.requestId()).contains("req-1");
    assertThat(LaunchDarklyRateLimit.from(raw).routeRemaining()).hasValue(7);
    assertThat(
            client
                .destinations()
                .patchAsync(
                    "my-project",
                    "production",
                    "dest-1",
                    JsonPatch.builder().replace("/on", false).build())
                .get(5, TimeUnit.SECONDS)
                .version())
        .hasValue(2);
    assertThat(
            client
                .destinations()
                .mergePatchAsync(
                    "my-project",
                    "production",
                    "dest-1",
                    MergePatch.builder().set("on", false).build(),
                    "c")
                .get(5, TimeUnit.SECONDS)
                .version())
        .hasValue(3);
    assertThat(
            client
                .destinations()
                .getAsync("my-project", "production", "dest-1")
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
          .get("p", "e", "d", RequestOptions.builder().header("X-Trace", "t1").build());
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
    "400, invalid_request, BadRequestException",
    "401, unauthorized, AuthenticationException",
    "403, forbidden, PermissionDeniedException",
    "404, not_found, NotFoundException",
    "409, optimistic_locking_error, ConflictException",
    "422, patch_failed, UnprocessableEntityException"
  })
  void mapsErrorsToTypedExceptionsWithTheVendorCode(int status, String code, String type) {
    server.enqueue(
        json(status, "{\"code\":\"" + code + "\",\"message\":\"it failed\",\"id\":\"err-42\"}"));
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                client
                    .destinations()
                    .patch("p", "e", "d", JsonPatch.builder().remove("/name").build()));
    assertThat(thrown.getClass().getSimpleName()).isEqualTo(type);
    ApiException e = (ApiException) thrown;
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).contains(code);
    assertThat(e.errorMessage()).contains("it failed");
    assertThat(LaunchDarklyErrorCode.from(e)).contains(LaunchDarklyErrorCode.of(code));
    assertThat(LaunchDarklyErrorCode.from(e).orElseThrow().isKnown()).isTrue();
    LaunchDarklyError error = LaunchDarklyError.from(e).orElseThrow();
    assertThat(error.errorId()).contains("err-42");
    assertThat(error.message()).isEqualTo("it failed");
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
                () -> client.destinations().get("p", "e", "d"));
    assertThat(LaunchDarklyErrorCode.from(unknown).orElseThrow().isKnown()).isFalse();
    assertThat(LaunchDarklyErrorCode.from(unknown).orElseThrow().value())
        .isEqualTo("brand_new_code");
    ApiException html =
        (ApiException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> client.destinations().get("p", "e", "d"));
    assertThat(html).isInstanceOf(PermissionDeniedException.class);
    assertThat(html.errorCode()).isEmpty();
    assertThat(LaunchDarklyError.from(html)).isEmpty();
  }

  @Test
  void retriesA500OnlyForPatchesThatAreSafeToRepeat() throws Exception {
    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"m\"}"));
    server.enqueue(destination(2, false, CONFIG));
    client.destinations().patch("p", "e", "d", JsonPatch.builder().replace("/on", false).build());
    assertThat(server.getRequestCount()).isEqualTo(2);

    server.enqueue(json(500, "{\"code\":\"internal\",\"message\":\"m\"}"));
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .patch("p", "e", "d", JsonPatch.builder().add("/config/list/-", "x").build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(3);

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(destination(3, false, CONFIG));
    client.destinations().mergePatch("p", "e", "d", MergePatch.builder().set("on", true).build());
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void rejectsBadInputBeforeAnyIo() {
    JsonPatch ok = JsonPatch.builder().replace("/on", true).build();
    assertThatThrownBy(() -> client.destinations().patch(null, "e", "d", ok))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("projectKey");
    assertThatThrownBy(() -> client.destinations().patch("p", "", "d", ok))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environmentKey must not be empty");
    assertThatThrownBy(() -> client.destinations().get("p", "e", ".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be '.' or '..'");
    assertThatThrownBy(() -> client.destinations().patch("p", "e", "d", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("patch");
    assertThatThrownBy(
            () -> client.destinations().patch("p", "e", "d", JsonPatch.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one operation");
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .patch("p", "e", "d", JsonPatch.builder().replace("/_id", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'_id', which is read-only");
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .patch("p", "e", "d", JsonPatch.builder().replace("", "{}").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole destination");
    assertThatThrownBy(() -> client.destinations().patch("p", "e", "d", ok, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment must not be blank");
    assertThatThrownBy(
            () -> client.destinations().mergePatch("p", "e", "d", MergePatch.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one member");
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .mergePatch("p", "e", "d", MergePatch.builder().set("_links", 1).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .mergePatch("p", "e", "d", MergePatch.builder().set("comment", "x").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("commented patch");
    assertThatThrownBy(() -> client.destinations().patchAsync("p", "e", "", ok))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .update("p", "e", "", DestinationChange.builder().on(true).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id must not be empty");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void buildsFromTheEnvironment() throws Exception {
    String url = server.url("/").toString();
    try (LaunchDarklyClient fromEnv =
        LaunchDarklyClient.fromEnv(
            Map.of(
                LaunchDarklyClient.ENV_ACCESS_TOKEN,
                TOKEN,
                LaunchDarklyClient.ENV_BASE_URL,
                url.substring(0, url.length() - 1)))) {
      server.enqueue(destination(1, true, CONFIG));
      fromEnv.destinations().get("p", "e", "d");
      assertThat(take().getHeader("Authorization")).isEqualTo(TOKEN);
    }
    try (LaunchDarklyClient defaults =
        LaunchDarklyClient.fromEnv(Map.of(LaunchDarklyClient.ENV_ACCESS_TOKEN, TOKEN))) {
      assertThat(defaults.options().baseUrl().toString())
          .isEqualTo("https://app.launchdarkly.com/");
      assertThat(defaults.apiVersion()).isEqualTo("20240415");
    }
    assertThatThrownBy(() -> LaunchDarklyClient.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LAUNCHDARKLY_ACCESS_TOKEN is not set");
    assertThatThrownBy(() -> LaunchDarklyClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("access token is required");
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
                            "p",
                            "e",
                            "d",
                            JsonPatch.builder()
                                .replace("/config/writeKey", "write-canary-1")
                                .build()));
    assertThat(e.getMessage()).doesNotContain(TOKEN);
    assertThat(e.body()).doesNotContain(TOKEN);
    assertThat(e.errorMessage().orElseThrow()).doesNotContain(TOKEN);
    assertThat(e.toString()).doesNotContain(TOKEN).doesNotContain("write-canary-1");
    server.enqueue(
        json(200, "{\"kind\":\"segment\",\"config\":{\"writeKey\":\"write-canary-2\"}}"));
    Destination d = client.destinations().get("p", "e", "d");
    assertThat(d.toString()).doesNotContain("write-canary-2");
  }

  @Test
  void asyncFailuresCarryTheTypedException() {
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"Unknown destination\"}"));
    assertThatThrownBy(() -> client.destinations().getAsync("p", "e", "d").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void closedClientRefusesCalls() {
    client.close();
    assertThatThrownBy(() -> client.destinations().get("p", "e", "d"))
        .isInstanceOf(IllegalStateException.class);
  }
}
