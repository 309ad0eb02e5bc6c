package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fake's lifecycle routes driven with raw HTTP: schemas, keys and shapes the SDK never sends.
 */
class FakeStiggLifecycleTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String PREFIX = "/api/v1/data-export/";

  @RegisterExtension final FakeStigg stigg = new FakeStigg();

  @AfterAll
  static void shutdownHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  private Reply send(String method, String path, String body, String... headers)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(stigg.baseUrl() + PREFIX + path)
            .method(method, body == null ? null : RequestBody.create(body, JSON))
            .header("X-API-KEY", FakeStigg.DEFAULT_API_KEY);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Reply(
          response.code(),
          Json.mapper().readTree(response.body().string()),
          response.header("Idempotent-Replayed"));
    }
  }

  private record Reply(int status, JsonNode body, String replayed) {
    String message() {
      return body.path("message").asText();
    }

    String code() {
      return body.path("code").isNull() ? null : body.path("code").asText();
    }
  }

  @Test
  void createChecksItsSchema() throws IOException {
    Reply missing = send("POST", "destinations", "{\"enabledModels\":[],\"extra\":1}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.code()).isEqualTo("BadUserInput");
    assertThat(missing.message())
        .isEqualTo(
            "property extra should not exist; destinationId must be a string; destinationType must"
                + " be a string; enabledModels must contain at least 1 elements");
    Reply longId =
        send(
            "POST",
            "destinations",
            "{\"destinationId\":\"" + "d".repeat(256) + "\",\"destinationType\":\"\"}");
    assertThat(longId.message())
        .isEqualTo(
            "destinationId must be shorter than or equal to 255 characters; destinationType must be"
                + " longer than or equal to 1 characters");
    assertThat(stigg.hasDestination("d".repeat(256))).isFalse();
  }

  @Test
  void syncAndTokenCheckTheirSchemas() throws IOException {
    assertThat(send("POST", "sync", "{\"destinationId\":\"\"}").message())
        .isEqualTo("destinationId must be longer than or equal to 1 characters");
    assertThat(send("POST", "sync", "[]").message())
        .isEqualTo("request body must be a JSON object");
    assertThat(send("POST", "scoped-token", "{\"destinationType\":7}").message())
        .isEqualTo("applicationOrigin must be a string; destinationType must be a string");
    assertThat(
            send("POST", "scoped-token", "{\"applicationOrigin\":\"o\",\"enabledModels\":[1]}")
                .message())
        .isEqualTo("each value in enabledModels must be a string");
    assertThat(
            send("POST", "scoped-token", "{\"applicationOrigin\":\"o\",\"destinationType\":\"\"}")
                .status())
        .isEqualTo(200);
    assertThat(stigg.transferCount()).isZero();
    assertThat(stigg.scopedTokenCount()).isEqualTo(1);
  }

  @Test
  void bodiesNeedJsonContentType() throws IOException {
    Request request =
        new Request.Builder()
            .url(stigg.baseUrl() + PREFIX + "sync")
            .post(RequestBody.create("{}", MediaType.get("text/plain")))
            .header("X-API-KEY", FakeStigg.DEFAULT_API_KEY)
            .build();
    try (Response response = HTTP.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400);
      assertThat(response.body().string()).contains("Content-Type must be application/json");
    }
  }

  @Test
  void everyRouteNeedsCredentials() throws IOException {
    Request request = new Request.Builder().url(stigg.baseUrl() + PREFIX + "models").build();
    try (Response response = HTTP.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
      assertThat(response.body().string()).contains("Unauthenticated");
    }
  }

  @Test
  void otherRoutesAre404() throws IOException {
    assertThat(send("GET", "sync", null).message())
        .isEqualTo("Cannot GET /api/v1/data-export/sync");
    assertThat(send("POST", "models", "{}").status()).isEqualTo(404);
    assertThat(send("DELETE", "destinations", null).status()).isEqualTo(404);
    assertThat(send("GET", "scoped-token", null).status()).isEqualTo(404);
  }

  @Test
  void modelsAnswerTheSeededCatalogInStiggsShape() throws IOException {
    Reply models = send("GET", "models", null);
    assertThat(models.status()).isEqualTo(200);
    assertThat(models.body().at("/data/groups/0/id").asText()).isEqualTo("billing");
    assertThat(models.body().at("/data/groups/0/models/0").toString())
        .isEqualTo("{\"id\":\"customers\",\"displayName\":\"Customers\"}");
  }

  @Test
  void aRepeatedKeyReplaysTheFirstAnswerAndSaysSo() throws IOException {
    Reply first =
        send("POST", "scoped-token", "{\"applicationOrigin\":\"o\"}", "Idempotency-Key", "k-1");
    Reply second =
        send("POST", "scoped-token", "{\"applicationOrigin\":\"o\"}", "Idempotency-Key", "k-1");
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.replayed()).isNull();
    assertThat(second.replayed()).isEqualTo("true");
    assertThat(stigg.scopedTokenCount()).isEqualTo(1);
    Reply other =
        send("POST", "scoped-token", "{\"applicationOrigin\":\"p\"}", "Idempotency-Key", "k-1");
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.message())
        .isEqualTo("Idempotency-Key k-1 was already used for a different request");
    Reply tooLong = send("POST", "sync", "{}", "Idempotency-Key", "k".repeat(256));
    assertThat(tooLong.message()).isEqualTo("Idempotency-Key must be 1..255 characters long");
  }

  @Test
  void keysAreKeptPerCredential() throws IOException {
    send("POST", "scoped-token", "{\"applicationOrigin\":\"o\"}", "Idempotency-Key", "k-1");
    Request jwt =
        new Request.Builder()
            .url(stigg.baseUrl() + PREFIX + "scoped-token")
            .post(RequestBody.create("{\"applicationOrigin\":\"o\"}", JSON))
            .header("Authorization", "Bearer " + FakeStigg.DEFAULT_JWT)
            .header("X-ENVIRONMENT-ID", FakeStigg.DEFAULT_ENVIRONMENT_ID)
            .header("Idempotency-Key", "k-1")
            .build();
    try (Response response = HTTP.newCall(jwt).execute()) {
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Idempotent-Replayed")).isNull();
    }
    assertThat(stigg.scopedTokenCount()).isEqualTo(2);
  }
}
