package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fake itself, spoken to with a plain HTTP client: routing, checks, merging, credential hiding,
 * errors.
 */
class FakePrequelTest {
  @RegisterExtension final FakePrequel fake = new FakePrequel();

  @BeforeEach
  void seed() {
    fake.clock(Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC));
    ObjectNode postgres =
        JsonNodeFactory.instance
            .objectNode()
            .put("host", "db.example.com")
            .put("port", 5432)
            .put("auth_method", "password_auth");
    postgres.putObject("password_auth").put("username", "exporter").put("password", "old-secret");
    fake.addDestination("dst_1", "postgres", postgres);
  }

  private HttpResponse<String> send(String method, String path, String body, String... headers) {
    return FakePrequelFixtures.exchange(fake, method, path, body, headers);
  }

  private HttpResponse<String> patch(String body) throws Exception {
    return send(
        "PATCH",
        "/destinations/dst_1",
        body,
        "X-API-KEY",
        fake.apiKey(),
        "X-Prequel-Api-Version",
        "2023-12-01",
        "Content-Type",
        "application/json");
  }

  private static JsonNode json(String text) throws IOException {
    return Json.mapper().readTree(text);
  }

  @Test
  void getReturnsTheSeededDestinationWithoutCredentials() throws Exception {
    HttpResponse<String> response =
        send(
            "GET",
            "/destinations/dst_1",
            null,
            "X-API-KEY",
            fake.apiKey(),
            "X-Prequel-Api-Version",
            "2023-12-01");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode destination = json(response.body()).path("data").path("destination");
    assertThat(json(response.body()).path("status").textValue()).isEqualTo("success");
    assertThat(destination.path("id").textValue()).isEqualTo("dst_1");
    assertThat(destination.path("updated_at").textValue()).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(destination.path("postgres"))
        .isEqualTo(
            json(
                "{\"host\": \"db.example.com\", \"port\": 5432, \"auth_method\": \"password_auth\"}"));
    assertThat(response.body()).doesNotContain("old-secret");
  }

  @Test
  void patchMergesNestedObjectsReplacesArraysAndNullClears() throws Exception {
    patch("{\"destination\": {\"enabled_models\": [\"a\", \"b\"]}}");

    HttpResponse<String> response =
        patch(
            """
        {"destination": {"enabled_models": ["c"], "max_concurrent_transfers": null, "frequency_minutes": 15,
          "postgres": {"port": 5433, "password_auth": {"password": "new-secret"}}}}""");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode destination = json(response.body()).path("data").path("destination");
    assertThat(destination.path("enabled_models")).isEqualTo(json("[\"c\"]"));
    assertThat(destination.has("max_concurrent_transfers")).isFalse();
    assertThat(destination.path("frequency_minutes").intValue()).isEqualTo(15);
    assertThat(destination.path("postgres").path("host").textValue()).isEqualTo("db.example.com");
    assertThat(destination.path("postgres").path("port").intValue()).isEqualTo(5433);
    assertThat(response.body()).doesNotContain("new-secret");
    ObjectNode stored = fake.storedDestination("dst_1").orElseThrow();
    assertThat(stored.path("postgres").path("password_auth"))
        .isEqualTo(json("{\"username\": \"exporter\", \"password\": \"new-secret\"}"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not json | {oops",
        "unknown top-level field | {\"destination\": {}, \"extra\": 1}",
        "missing destination | {}",
        "unknown destination field | {\"destination\": {\"colour\": \"red\"}}",
        "two vendor blocks | {\"destination\": {\"postgres\": {}, \"mysql\": {}}}",
        "another vendor's block | {\"destination\": {\"mysql\": {}}}",
        "frequency as string | {\"destination\": {\"frequency_minutes\": \"60\"}}",
        "zero frequency | {\"destination\": {\"frequency_minutes\": 0}}",
        "models not strings | {\"destination\": {\"enabled_models\": [1]}}",
        "enabled as string | {\"destination\": {\"is_enabled\": \"yes\"}}",
        "port out of range | {\"destination\": {\"postgres\": {\"port\": 70000}}}",
        "ssl flag as string | {\"destination\": {\"postgres\": {\"disable_ssl\": \"no\"}}}",
        "credential not an object | {\"destination\": {\"postgres\": {\"password_auth\": \"pw\"}}}",
        "selector disagrees | {\"destination\": {\"postgres\": {\"auth_method\": \"iam\", \"password_auth\": {}}}}"
      })
  void badBodiesGetPrequelsErrorEnvelope(String why, String body) throws Exception {
    HttpResponse<String> response = patch(body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode envelope = json(response.body());
    assertThat(envelope.path("status").textValue()).isEqualTo("error");
    assertThat(envelope.path("message").textValue()).isNotBlank();
    assertThat(fake.storedDestination("dst_1").orElseThrow().path("frequency_minutes").intValue())
        .isEqualTo(60);
  }

  @Test
  void checksHeaders() throws Exception {
    String body = "{\"destination\": {\"is_enabled\": false}}";
    assertThat(
            send(
                    "PATCH",
                    "/destinations/dst_1",
                    body,
                    "X-Prequel-Api-Version",
                    "2023-12-01",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(401);
    assertThat(
            send(
                    "PATCH",
                    "/destinations/dst_1",
                    body,
                    "X-API-KEY",
                    "sk_wrong",
                    "X-Prequel-Api-Version",
                    "2023-12-01",
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(401);
    assertThat(
            send(
                    "PATCH",
                    "/destinations/dst_1",
                    body,
                    "X-API-KEY",
                    fake.apiKey(),
                    "Content-Type",
                    "application/json")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            send(
                    "PATCH",
                    "/destinations/dst_1",
                    body,
                    "X-API-KEY",
                    fake.apiKey(),
                    "X-Prequel-Api-Version",
                    "2023-12-01",
                    "Content-Type",
                    "text/plain")
                .statusCode())
        .isEqualTo(400);
    assertThat(fake.requests()).hasSize(4);
    assertThat(fake.storedDestination("dst_1").orElseThrow().path("is_enabled").booleanValue())
        .isTrue();
  }

  @Test
  void answers404403409And405() throws Exception {
    fake.addDestination("dst_2", "postgres", null)
        .denyAccessTo("dst_3")
        .addDestination("dst_3", "mysql", null);
    String[] auth = {"X-API-KEY", fake.apiKey(), "X-Prequel-Api-Version", "2023-12-01"};

    assertThat(send("GET", "/destinations/nope", null, auth).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/other", null, auth).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/destinations/dst_3", null, auth).statusCode()).isEqualTo(403);
    assertThat(send("PUT", "/destinations/dst_1", "{}", auth).statusCode()).isEqualTo(405);
    assertThat(patch("{\"destination\": {\"name\": \"dst_2\"}}").statusCode()).isEqualTo(409);
  }

  @Test
  void injectedFaultsUseTheEnvelope() throws Exception {
    fake.failNext(1, Fault.rateLimited("Retry-After", "3"));

    HttpResponse<String> response = patch("{\"destination\": {\"is_enabled\": false}}");

    assertThat(response.statusCode()).isEqualTo(429);
    assertThat(response.headers().firstValue("Retry-After")).contains("3");
    assertThat(json(response.body()).path("status").textValue()).isEqualTo("error");
    assertThat(json(response.body()).has("code")).isFalse(); // Prequel documents no error codes
    assertThat(patch("{\"destination\": {\"is_enabled\": false}}").statusCode()).isEqualTo(200);
  }

  @Test
  void recordedBodiesStayReadable() throws Exception {
    patch("{\"destination\": {\"is_enabled\": false}}");

    assertThat(fake.lastRequest().bodyText())
        .isEqualTo("{\"destination\": {\"is_enabled\": false}}");
  }
}
