package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake itself, spoken to over raw HTTP so its checks are tested independently of the SDK. */
class FakeLaunchDarklyTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final String PATH = "/api/v2/destinations/proj/production/dest-1";

  @RegisterExtension final FakeLaunchDarkly fake = new FakeLaunchDarkly();

  record Reply(int status, JsonNode body, Response response) {}

  @BeforeEach
  void seed() {
    fake.addDestination(
        DestinationKey.of("proj", "production", "dest-1"),
        "segment",
        "exports",
        true,
        Map.of("writeKey", "segment-write-key-1234", "userIDContextKind", "user"));
  }

  @AfterAll
  static void shutdown() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  private Reply send(String method, String path, String body, String contentType, String... headers)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(fake.baseUrl() + path)
            .method(
                method,
                body == null
                    ? null
                    : RequestBody.create(
                        body, contentType == null ? null : MediaType.get(contentType)));
    boolean hasAuth = false;
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
      hasAuth |= headers[i].equals("Authorization");
    }
    if (!hasAuth) {
      request.header("Authorization", fake.accessToken());
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      return new Reply(
          response.code(), text.isEmpty() ? null : Json.mapper().readTree(text), response);
    }
  }

  private Reply patch(String body) throws IOException {
    return send("PATCH", PATH, body, "application/json");
  }

  private static void assertError(Reply reply, int status, String code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.body().path("code").textValue()).isEqualTo(code);
    assertThat(reply.body().path("message").isTextual()).isTrue();
    assertThat(reply.body().path("id").isTextual()).isTrue();
  }

  @Test
  void returnsTheDestinationWithSecretsObfuscated() throws IOException {
    Reply reply = send("GET", PATH, null, null);
    assertThat(reply.status()).isEqualTo(200);
    JsonNode d = reply.body();
    assertThat(d.path("_id").textValue()).isEqualTo("dest-1");
    assertThat(d.path("version").asLong()).isEqualTo(1);
    assertThat(d.path("config").path("writeKey").textValue()).isEqualTo("********1234");
    assertThat(d.path("config").path("userIDContextKind").textValue()).isEqualTo("user");
    assertThat(d.path("_links").path("self").path("href").textValue()).isEqualTo(PATH);
    assertThat(d.path("_access").has("allowed")).isTrue();
    assertThat(
            fake.destination(DestinationKey.of("proj", "production", "dest-1"))
                .orElseThrow()
                .path("config")
                .path("writeKey")
                .textValue())
        .isEqualTo("segment-write-key-1234");
  }

  @Test
  void appliesJsonPatchesAndBumpsTheVersion() throws IOException {
    Reply reply =
        patch(
            "[{\"op\":\"test\",\"path\":\"/version\",\"value\":1},{\"op\":\"replace\",\"path\":\"/on\","
                + "\"value\":false},{\"op\":\"replace\",\"path\":\"/config/userIDContextKind\",\"value\":null}]");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().path("version").asLong()).isEqualTo(2);
    assertThat(reply.body().path("on").booleanValue()).isFalse();
    assertThat(reply.body().path("config").get("userIDContextKind").isNull()).isTrue();
    // A patch that changes nothing leaves the version alone.
    assertThat(
            patch("[{\"op\":\"test\",\"path\":\"/on\",\"value\":false}]")
                .body()
                .path("version")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  void appliesMergePatchesAndCommentedForms() throws IOException {
    assertThat(
            patch("{\"name\":\"renamed\",\"config\":{\"userIDContextKind\":null}}")
                .body()
                .path("name")
                .textValue())
        .isEqualTo("renamed");
    assertThat(
            fake.destination(DestinationKey.of("proj", "production", "dest-1"))
                .orElseThrow()
                .path("config")
                .has("userIDContextKind"))
        .isFalse();
    assertThat(
            patch("{\"comment\":\"c\",\"merge\":{\"on\":false}}").body().path("version").asLong())
        .isEqualTo(3);
    assertThat(
            patch(
                    "{\"comment\":\"c\",\"patch\":[{\"op\":\"replace\",\"path\":\"/on\",\"value\":true}]}")
                .body()
                .path("on")
                .booleanValue())
        .isTrue();
    assertError(patch("{\"comment\":\"c\",\"patch\":[],\"merge\":{}}"), 400, "invalid_request");
    assertError(patch("{\"comment\":5,\"merge\":{}}"), 400, "invalid_request");
  }

  @Test
  void aFailedTestAnswers400Or409AsConfiguredAndChangesNothing() throws IOException {
    String stale =
        "[{\"op\":\"test\",\"path\":\"/version\",\"value\":7},{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]";
    assertError(patch(stale), 400, "invalid_request");
    fake.testFailureStatus(409);
    assertError(patch(stale), 409, "optimistic_locking_error");
    assertThat(
            fake.destination(DestinationKey.of("proj", "production", "dest-1"))
                .orElseThrow()
                .path("on")
                .booleanValue())
        .isTrue();
    assertThatThrownBy(() -> fake.testFailureStatus(500))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void protectsReadOnlyFields() throws IOException {
    assertError(
        patch("[{\"op\":\"replace\",\"path\":\"/_id\",\"value\":\"x\"}]"), 400, "invalid_request");
    assertError(
        patch("[{\"op\":\"replace\",\"path\":\"/version\",\"value\":9}]"), 400, "invalid_request");
    assertError(patch("{\"_links\":null}"), 400, "invalid_request");
    assertError(
        patch("[{\"op\":\"move\",\"from\":\"/_access\",\"path\":\"/x\"}]"), 400, "invalid_request");
    assertError(
        patch("[{\"op\":\"replace\",\"path\":\"/on\",\"value\":\"yes\"}]"), 400, "invalid_request");
    assertError(
        patch("[{\"op\":\"replace\",\"path\":\"/config/missing/x\",\"value\":1}]"),
        400,
        "invalid_request");
    assertError(patch("[{\"op\":\"replace\",\"path\":\"/on\"}]"), 400, "invalid_request");
    assertThat(
            fake.destination(DestinationKey.of("proj", "production", "dest-1"))
                .orElseThrow()
                .path("version")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void checksAuthenticationVersionAndContentType() throws IOException {
    assertError(send("GET", PATH, null, null, "Authorization", "wrong"), 401, "unauthorized");
    assertError(
        send("GET", PATH, null, null, "Authorization", "Bearer " + fake.accessToken()),
        401,
        "unauthorized");
    fake.addReadOnlyToken("reader");
    assertThat(send("GET", PATH, null, null, "Authorization", "reader").status()).isEqualTo(200);
    assertError(
        send("PATCH", PATH, "{\"on\":false}", "application/json", "Authorization", "reader"),
        403,
        "forbidden");
    assertError(send("GET", PATH, null, null, "LD-API-Version", "latest"), 400, "invalid_request");
    assertThat(send("GET", PATH, null, null, "LD-API-Version", "20240415").status()).isEqualTo(200);
    assertError(send("PATCH", PATH, "{\"on\":false}", "text/plain"), 400, "invalid_request");
    assertError(
        send(
            "PATCH",
            PATH,
            "{\"on\":false}",
            "application/json; domain-model=launchdarkly.semanticpatch"),
        400,
        "invalid_request");
    assertError(send("PATCH", PATH, "{not json", "application/json"), 400, "invalid_request");
    assertError(
        send("GET", "/api/v2/destinations/proj/production/nope", null, null), 404, "not_found");
    assertError(send("GET", "/api/v2/flags/proj", null, null), 404, "not_found");
    assertError(send("POST", PATH, "{}", "application/json"), 405, "method_not_allowed");
  }

  @Test
  void listsDeletesAndInjectsFaults() throws IOException {
    Reply list = send("GET", "/api/v2/destinations", null, null);
    assertThat(list.body().path("items").get(0).path("config").path("writeKey").textValue())
        .isEqualTo("********1234");
    fake.failNext(
        1,
        Fault.rateLimited(
            "X-Ratelimit-Reset", "1714564801000", "X-Ratelimit-Global-Remaining", "0"));
    Reply limited = send("GET", PATH, null, null);
    assertError(limited, 429, "rate_limited");
    assertThat(limited.response().header("X-Ratelimit-Reset")).isEqualTo("1714564801000");
    assertThat(send("DELETE", PATH, null, null).status()).isEqualTo(204);
    assertError(send("GET", PATH, null, null), 404, "not_found");
    assertThat(fake.requests()).hasSize(4);
  }

  @Test
  void storesADestinationGivenAsJsonUnderItsKey() throws IOException {
    DestinationKey key = DestinationKey.of("proj", "staging", "dest-2");
    fake.addDestination(key, Json.mapper().readTree("{\"kind\":\"kinesis\",\"on\":false}"));
    JsonNode stored = fake.destination(key).orElseThrow();
    assertThat(stored.path("_id").textValue()).isEqualTo("dest-2");
    assertThat(stored.path("version").asLong()).isEqualTo(1);
    assertThat(send("GET", "/api/v2/destinations/proj/staging/dest-2", null, null).status())
        .isEqualTo(200);
    assertThatThrownBy(
            () -> fake.addDestination(key, Json.mapper().readTree("{\"_id\":\"other\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("_id must be the key's id");
    assertThatThrownBy(() -> fake.destination(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key must not be null");
  }

  @Test
  void simulatesConcurrentChanges() throws IOException {
    fake.changeDestination(
        DestinationKey.of("proj", "production", "dest-1"),
        JsonPatch.builder().replace("/name", "theirs").build());
    assertThat(send("GET", PATH, null, null).body().path("version").asLong()).isEqualTo(2);
    fake.beforeNextPatch(
        () ->
            fake.changeDestination(
                DestinationKey.of("proj", "production", "dest-1"),
                JsonPatch.builder().replace("/on", false).build()));
    assertError(
        patch(
            "[{\"op\":\"test\",\"path\":\"/version\",\"value\":2},{\"op\":\"replace\",\"path\":\"/name\","
                + "\"value\":\"mine\"}]"),
        400,
        "invalid_request");
    JsonNode stored =
        fake.destination(DestinationKey.of("proj", "production", "dest-1")).orElseThrow();
    assertThat(stored.path("version").asLong()).isEqualTo(3);
    assertThat(stored.path("name").textValue()).isEqualTo("theirs");
    assertThat(FakeLaunchDarklyViews.obfuscate("short")).isEqualTo("********");
  }

  @Test
  void createsWithANewIdAndAnswers409ForASecondOfTheSameKind() throws IOException {
    String env = "/api/v2/destinations/proj/staging";
    Reply created =
        send(
            "POST",
            env,
            "{\"name\":\"seg\",\"kind\":\"segment\",\"config\":{\"writeKey\":\"write-key-5678\"},"
                + "\"on\":true}",
            "application/json");
    assertThat(created.status()).isEqualTo(201);
    String id = created.body().path("_id").textValue();
    assertThat(id).matches("[0-9a-f]{24}");
    assertThat(created.body().path("version").asLong()).isEqualTo(1);
    assertThat(created.body().path("on").asBoolean()).isTrue();
    assertThat(created.body().path("config").path("writeKey").textValue())
        .isEqualTo("********5678");
    assertThat(created.body().path("_links").path("self").path("href").textValue())
        .isEqualTo(env + "/" + id);
    assertThat(
            fake.destination(DestinationKey.of("proj", "staging", id))
                .orElseThrow()
                .path("config")
                .path("writeKey")
                .textValue())
        .isEqualTo("write-key-5678");
    assertThat(fake.destinationKeys())
        .containsExactly(
            DestinationKey.of("proj", "production", "dest-1"),
            DestinationKey.of("proj", "staging", id));

    Reply second = send("POST", env, "{\"kind\":\"segment\",\"config\":{}}", "application/json");
    assertError(second, 409, "optimistic_locking_error");
    assertThat(second.body().path("message").textValue()).contains("'segment' already exists");
    assertThat(
            send("POST", env, "{\"kind\":\"kinesis\",\"config\":{}}", "application/json")
                .body()
                .path("on")
                .asBoolean(true))
        .isFalse(); // another kind is fine, and on defaults to false
    assertThat(
            send(
                    "POST",
                    "/api/v2/destinations/proj/other",
                    "{\"kind\":\"segment\",\"config\":{}}",
                    "application/json")
                .status())
        .isEqualTo(201); // the same kind in another environment too
    assertThat(send("GET", "/api/v2/destinations", null, null).body().path("items").size())
        .isEqualTo(4);
  }

  @Test
  void refusesABadCreateBodyWithLaunchDarklysErrorShape() throws IOException {
    String env = "/api/v2/destinations/proj/staging";
    assertError(send("POST", env, "{\"config\":{}}", "application/json"), 400, "invalid_request");
    assertError(
        send("POST", env, "{\"kind\":\"segment\",\"config\":\"{}\"}", "application/json"),
        400,
        "invalid_request");
    assertError(
        send("POST", env, "{\"kind\":\"segment\",\"config\":{},\"on\":1}", "application/json"),
        400,
        "invalid_request");
    assertError(send("POST", env, "[1]", "application/json"), 400, "invalid_request");
    assertError(send("POST", env, "not json", "application/json"), 400, "invalid_request");
    assertError(send("POST", env, "{}", "text/plain"), 400, "invalid_request");
    assertError(send("GET", env, null, null), 405, "method_not_allowed");
    fake.addReadOnlyToken("api-read-only-token");
    assertError(
        send(
            "POST",
            env,
            "{\"kind\":\"segment\",\"config\":{}}",
            "application/json",
            "Authorization",
            "api-read-only-token"),
        403,
        "forbidden");
    assertThat(fake.destinationKeys()).hasSize(1);
  }
}
