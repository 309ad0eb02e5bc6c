package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake itself, driven with raw HTTP so that it can be sent what the SDK would never send. */
class FakeStiggTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String PATH = "/api/v1/data-export/destinations/";
  private static final String VALID =
      "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\"]}";

  @RegisterExtension
  final FakeStigg stigg =
      new FakeStigg()
          .addDestination("int_1", "dst_1", "snowflake")
          .addDestination("int_1", "dst_2", "bigquery", List.of("invoices"))
          .addIntegration("int_empty");

  @AfterAll
  static void shutdownHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  private Reply patch(String id, String body, String... headers) throws IOException {
    return send("PATCH", PATH + id, RequestBody.create(body, JSON), headers);
  }

  private Reply send(String method, String path, RequestBody body, String... headers)
      throws IOException {
    Request.Builder request =
        new Request.Builder().url(stigg.baseUrl() + path).method(method, body);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Reply(
          response.code(),
          Json.mapper().readTree(response.body().string()),
          response.header("Content-Type"));
    }
  }

  private record Reply(int status, JsonNode body, String contentType) {
    String code() {
      return body.get("code").isNull() ? null : body.get("code").textValue();
    }

    String message() {
      return body.get("message").textValue();
    }
  }

  private Reply patchWithKey(String id, String body) throws IOException {
    return patch(id, body, "X-API-KEY", FakeStigg.DEFAULT_API_KEY);
  }

  @Test
  void validUpdateReplacesTheSelectionAndReturnsTheWholeIntegration() throws IOException {
    Reply reply =
        patchWithKey(
            "dst_1", "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"plans\"]}");
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    JsonNode destinations = reply.body().get("data").get("destinations");
    assertThat(destinations).hasSize(2);
    assertThat(destinations.get(0).get("destinationId").textValue()).isEqualTo("dst_1");
    assertThat(destinations.get(0).get("type").textValue()).isEqualTo("snowflake");
    assertThat(destinations.get(0).get("connectionStatus").textValue()).isEqualTo("connected");
    assertThat(destinations.get(0).get("connectedAt").textValue()).endsWith("Z");
    assertThat(destinations.get(0).get("enabledModels"))
        .isEqualTo(tree("[\"customers\",\"plans\"]"));
    assertThat(destinations.get(1).get("enabledModels")).isEqualTo(tree("[\"invoices\"]"));
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers", "plans"));
    assertThat(stigg.enabledModels("int_1", "dst_2")).contains(List.of("invoices"));
  }

  @Test
  void seededDestinationWithoutModelsSelectsTheFullCatalog() {
    assertThat(stigg.enabledModels("int_1", "dst_1")).isEmpty();
    assertThat(stigg.destination("int_1", "dst_1").has("enabledModels")).isFalse();
    assertThatThrownBy(() -> stigg.enabledModels("int_1", "dst_404"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rawSeedKeepsEveryField() throws IOException {
    stigg.addDestination(
        "int_2",
        Map.of(
            "destinationId",
            "dst_raw",
            "type",
            "duckdb",
            "connectedAt",
            "2026-06-04T12:00:00.000Z",
            "lastSyncStatus",
            Map.of("transferId", "t", "status", "RUNNING"),
            "region",
            "eu"));
    Reply reply =
        patchWithKey("dst_raw", "{\"integrationId\":\"int_2\",\"enabledModels\":[\"customers\"]}");
    JsonNode destination = reply.body().get("data").get("destinations").get(0);
    assertThat(destination.get("region").textValue()).isEqualTo("eu");
    assertThat(destination.get("lastSyncStatus").get("status").textValue()).isEqualTo("RUNNING");
    assertThatThrownBy(() -> stigg.addDestination("int_2", Map.of("type", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destinationId");
  }

  @Test
  void nullSeedsAreNamed() {
    assertThatThrownBy(() -> new FakeStigg(null, "j", "e"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey must not be null");
    assertThatThrownBy(() -> stigg.addIntegration(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("integrationId must not be null");
    assertThatThrownBy(() -> stigg.addDestination("int_1", "dst_9", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type must not be null");
    assertThatThrownBy(() -> stigg.addDestination("int_1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destination must not be null");
  }

  @Test
  void missingCredentials() throws IOException {
    Reply reply = patch("dst_1", VALID);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("Unauthenticated");
  }

  @Test
  void wrongApiKey() throws IOException {
    Reply reply = patch("dst_1", VALID, "X-API-KEY", "wrong");
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("Unauthenticated");
    assertThat(stigg.enabledModels("int_1", "dst_1")).isEmpty();
  }

  @Test
  void jwtWithEnvironmentIsAccepted() throws IOException {
    Reply reply =
        patch(
            "dst_1",
            VALID,
            "Authorization",
            "Bearer " + FakeStigg.DEFAULT_JWT,
            "X-ENVIRONMENT-ID",
            FakeStigg.DEFAULT_ENVIRONMENT_ID);
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void wrongJwt() throws IOException {
    Reply reply =
        patch(
            "dst_1",
            VALID,
            "Authorization",
            "Bearer nope",
            "X-ENVIRONMENT-ID",
            FakeStigg.DEFAULT_ENVIRONMENT_ID);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.code()).isEqualTo("Unauthenticated");
  }

  @Test
  void jwtWithoutOrWithAnotherEnvironment() throws IOException {
    Reply missing = patch("dst_1", VALID, "Authorization", "Bearer " + FakeStigg.DEFAULT_JWT);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("EnvironmentMissing");
    Reply other =
        patch(
            "dst_1",
            VALID,
            "Authorization",
            "Bearer " + FakeStigg.DEFAULT_JWT,
            "X-ENVIRONMENT-ID",
            "env_other");
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.code()).isEqualTo("EnvironmentMissing");
  }

  @Test
  void wrongContentType() throws IOException {
    Reply reply =
        send(
            "PATCH",
            PATH + "dst_1",
            RequestBody.create(VALID, MediaType.get("text/plain")),
            "X-API-KEY",
            FakeStigg.DEFAULT_API_KEY);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("BadUserInput");
    assertThat(reply.message()).contains("Content-Type");
  }

  @Test
  void contentTypeWithCharsetIsFine() throws IOException {
    Reply reply =
        send(
            "PATCH",
            PATH + "dst_1",
            RequestBody.create(VALID, MediaType.get("application/json; charset=utf-8")),
            "X-API-KEY",
            FakeStigg.DEFAULT_API_KEY);
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void malformedJson() throws IOException {
    Reply reply = patchWithKey("dst_1", "{\"integrationId\":");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("BadUserInput");
  }

  @Test
  void additionalPropertyIsRejected() throws IOException {
    Reply reply =
        patchWithKey(
            "dst_1", "{\"integrationId\":\"int_1\",\"enabledModels\":[\"c\"],\"name\":\"x\"}");
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("BadUserInput");
    assertThat(reply.message()).isEqualTo("property name should not exist");
  }

  @Test
  void everySchemaRuleIsChecked() throws IOException {
    String tooLong = "x".repeat(256);
    Map<String, String> cases =
        Map.of(
            "[1]",
            "request body must be a JSON object",
            "{\"enabledModels\":[\"c\"]}",
            "integrationId must be a string",
            "{\"integrationId\":\"\",\"enabledModels\":[\"c\"]}",
            "integrationId must be longer than or equal to 1 characters",
            "{\"integrationId\":\"" + tooLong + "\",\"enabledModels\":[\"c\"]}",
            "integrationId must be shorter than or equal to 255 characters",
            "{\"integrationId\":\"int_1\"}",
            "enabledModels must be an array",
            "{\"integrationId\":\"int_1\",\"enabledModels\":[]}",
            "enabledModels must contain at least 1 elements",
            "{\"integrationId\":\"int_1\",\"enabledModels\":[\"c\",null]}",
            "each value in enabledModels must be a string",
            "{\"integrationId\":\"int_1\",\"enabledModels\":[\"\"]}",
            "each value in enabledModels must be longer than or equal to 1 characters",
            "{\"integrationId\":\"int_1\",\"enabledModels\":[\"" + tooLong + "\"]}",
            "each value in enabledModels must be shorter than or equal to 255 characters");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Reply reply = patchWithKey("dst_1", c.getKey());
      assertThat(reply.status()).as(c.getKey()).isEqualTo(400);
      assertThat(reply.code()).as(c.getKey()).isEqualTo("BadUserInput");
      assertThat(reply.message()).as(c.getKey()).isEqualTo(c.getValue());
    }
    assertThat(stigg.enabledModels("int_1", "dst_1")).isEmpty();
  }

  @Test
  void lengthsCountCodePoints() throws IOException {
    String emoji255 = "\uD83D\uDE00".repeat(255);
    Reply reply =
        patchWithKey(
            "dst_1", "{\"integrationId\":\"int_1\",\"enabledModels\":[\"" + emoji255 + "\"]}");
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void destinationIdLongerThan255() throws IOException {
    Reply reply = patchWithKey("d".repeat(256), VALID);
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message())
        .isEqualTo("destinationId must be shorter than or equal to 255 characters");
  }

  @Test
  void unknownIntegration() throws IOException {
    Reply reply =
        patchWithKey("dst_1", "{\"integrationId\":\"int_404\",\"enabledModels\":[\"c\"]}");
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isEqualTo("IntegrationNotFound");
  }

  @Test
  void unknownDestination() throws IOException {
    Reply reply = patchWithKey("dst_404", VALID);
    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.code()).isNull();
    assertThat(reply.body().has("code")).isTrue();
    assertThat(
            patchWithKey("dst_1", "{\"integrationId\":\"int_empty\",\"enabledModels\":[\"c\"]}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void otherRoutesAndMethodsAre404() throws IOException {
    Reply get = send("GET", PATH + "dst_1", null, "X-API-KEY", FakeStigg.DEFAULT_API_KEY);
    assertThat(get.status()).isEqualTo(404);
    assertThat(get.message()).isEqualTo("Cannot GET /api/v1/data-export/destinations/dst_1");
    assertThat(
            send(
                    "PATCH",
                    "/api/v1/data-export/destinations",
                    RequestBody.create(VALID, JSON),
                    "X-API-KEY",
                    FakeStigg.DEFAULT_API_KEY)
                .status())
        .isEqualTo(404);
  }

  @Test
  void percentEncodedIdIsDecoded() throws IOException {
    stigg.addDestination("int_1", "dst/with space", "snowflake");
    assertThat(patchWithKey("dst%2Fwith%20space", VALID).status()).isEqualTo(200);
    assertThat(stigg.enabledModels("int_1", "dst/with space")).contains(List.of("customers"));
  }

  @Test
  void injectedRateLimitUsesStiggsShapeAndCode() throws IOException {
    stigg.failNext(1, Fault.rateLimited("Retry-After", "3"));
    Reply reply = patchWithKey("dst_1", VALID);
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.code()).isEqualTo("RateLimitExceeded");
    assertThat(patchWithKey("dst_1", VALID).status()).isEqualTo(200);
  }

  @Test
  void recordsEveryRequest() throws IOException {
    patchWithKey("dst_1", VALID);
    patch("dst_1", VALID);
    assertThat(stigg.requests()).hasSize(2);
    assertThat(stigg.lastRequest().header("X-API-KEY")).isEmpty();
  }

  private static JsonNode tree(String json) throws IOException {
    return Json.mapper().readTree(json);
  }
}
