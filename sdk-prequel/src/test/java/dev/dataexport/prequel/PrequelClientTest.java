package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.API_KEY;
import static dev.dataexport.prequel.TestSupport.body;
import static dev.dataexport.prequel.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.prequel.config.PostgresConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * The client on the wire: method, path, every header, body, raw responses, async, retries and
 * configuration.
 */
class PrequelClientTest extends MockServerTest {

  private static DestinationUpdate scheduleAndPassword() {
    return DestinationUpdate.builder()
        .frequencyMinutes(60)
        .addEnabledModels("orders")
        .postgres(
            PostgresConfig.builder()
                .host("db.example.com")
                .port(5432)
                .database("analytics")
                .schema("export")
                .passwordAuth("exporter", VendorBlockCases.secret("pw"))
                .build())
        .build();
  }

  @Test
  void updateSendsTheDocumentedRequest() throws Exception {
    server.enqueue(TestSupport.ok());

    Destination d = client.destinations().update("dst_1", scheduleAndPassword());

    assertThat(d.id()).isEqualTo("dst_1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1");
    assertThat(request.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(request.getHeader("X-Prequel-Api-Version")).isEqualTo("2023-12-01");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("dataexport-java/");
    assertThat(request.getHeaders().names())
        .containsExactlyInAnyOrder(
            "X-API-KEY",
            "X-Prequel-Api-Version",
            "Content-Type",
            "Content-Length",
            "Accept",
            "User-Agent",
            "Host",
            "Connection",
            "Accept-Encoding");
    assertThat(body(request))
        .isEqualTo(
            json(
                """
        {"destination": {"frequency_minutes": 60, "enabled_models": ["orders"],
          "postgres": {"host": "db.example.com", "port": 5432, "database": "analytics", "schema": "export",
                       "auth_method": "password_auth",
                       "password_auth": {"username": "exporter", "password": "CANARY-pw"}}}}"""));
  }

  @Test
  void getSendsTheDocumentedRequest() throws Exception {
    server.enqueue(TestSupport.ok());

    client.destinations().get("dst_1");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1");
    assertThat(request.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(request.getHeader("X-Prequel-Api-Version")).isEqualTo("2023-12-01");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void encodesTheDestinationIdAsOnePathSegment() throws Exception {
    server.enqueue(TestSupport.ok());

    client.destinations().get("a/b c?d");

    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations/a%2Fb%20c%3Fd");
  }

  @Test
  void apiVersionAndBaseUrlPathAreConfigurable() throws Exception {
    server.enqueue(TestSupport.ok());
    try (PrequelClient custom =
        TestSupport.clientBuilder(server, waits)
            .apiVersion("2025-01-01")
            .baseUrl(server.url("/prequel/").toString())
            .build()) {
      custom.destinations().get("d");
      assertThat(custom.apiVersion()).isEqualTo("2025-01-01");
    }

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/prequel/destinations/d");
    assertThat(request.getHeader("X-Prequel-Api-Version")).isEqualTo("2025-01-01");
  }

  @Test
  void defaultsToTheUsApiAndNamesTheEuOne() {
    try (PrequelClient us = PrequelClient.builder().apiKey("key-0001").build();
        PrequelClient eu =
            PrequelClient.builder().apiKey("key-0001").baseUrl(PrequelClient.EU_BASE_URL).build()) {
      assertThat(us.options().baseUrl()).hasToString("https://api.prequel.co/");
      assertThat(eu.options().baseUrl()).hasToString("https://eu-api.prequel.co/");
    }
  }

  @Test
  void fromEnvReadsKeyAndBaseUrl() throws Exception {
    server.enqueue(TestSupport.ok());
    try (PrequelClient env =
        PrequelClient.fromEnv(
            Map.of(
                "PREQUEL_API_KEY",
                "sk_env_0001",
                "PREQUEL_BASE_URL",
                server.url("/").toString()))) {
      env.destinations().get("d");
    }
    assertThat(server.takeRequest().getHeader("X-API-KEY")).isEqualTo("sk_env_0001");
    try (PrequelClient env = PrequelClient.fromEnv(Map.of("PREQUEL_API_KEY", "sk_env_0001"))) {
      assertThat(env.options().baseUrl()).hasToString("https://api.prequel.co/");
    }
  }

  @Test
  void rawResponseCarriesStatusHeadersAndAttempts() {
    server.enqueue(TestSupport.ok().setHeader("X-Request-Id", "req-7"));

    ApiResponse<Destination> response =
        client
            .destinations()
            .withRawResponse()
            .update("dst_1", DestinationUpdate.builder().isEnabled(false).build());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.requestId()).contains("req-7");
    assertThat(response.attempts()).hasSize(1);
    assertThat(response.value().id()).isEqualTo("dst_1");
  }

  @Test
  void asyncTwinsSendTheSameRequests() throws Exception {
    server.enqueue(TestSupport.ok());
    server.enqueue(TestSupport.ok());
    server.enqueue(TestSupport.ok());

    Destination updated =
        client.destinations().updateAsync("dst_1", scheduleAndPassword()).get(5, TimeUnit.SECONDS);
    Destination read = client.destinations().getAsync("dst_1").get(5, TimeUnit.SECONDS);
    ApiResponse<Destination> raw =
        client.destinations().withRawResponse().getAsync("dst_1").get(5, TimeUnit.SECONDS);

    assertThat(updated.id()).isEqualTo(read.id()).isEqualTo(raw.value().id());
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("PATCH");
    assertThat(body(first).path("destination").path("frequency_minutes").intValue()).isEqualTo(60);
    assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
  }

  @Test
  void updateIsRetriedOnServerErrorsAndDroppedConnectionsBecauseItIsSafeToRepeat()
      throws Exception {
    server.enqueue(
        new MockResponse()
            .setResponseCode(500)
            .setBody("{\"status\":\"error\",\"message\":\"boom\"}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(TestSupport.ok());

    ApiResponse<Destination> response =
        client.destinations().withRawResponse().update("dst_1", scheduleAndPassword());

    assertThat(response.attempts()).hasSize(3);
    assertThat(waits).hasSize(2);
    assertThat(body(server.takeRequest())).isEqualTo(body(server.takeRequest()));
  }

  @Test
  void rateLimitHonoursRetryAfterThenGivesUp() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(429)
              .setHeader("Retry-After", "2")
              .setBody("{\"status\":\"error\",\"message\":\"slow down\"}"));
    }

    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOfSatisfying(
            ApiException.RateLimited.class,
            e -> {
              assertThat(e.errorMessage()).contains("slow down");
              assertThat(e.attempts()).hasSize(3);
            });
    assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void perCallOptionsApply() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));

    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .update(
                        "d",
                        DestinationUpdate.builder().isEnabled(true).build(),
                        RequestOptions.builder().maxRetries(0).header("X-Trace", "t1").build()))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getHeader("X-Trace")).isEqualTo("t1");
  }

  @Test
  void withOptionsChangesOptionsAndSharesTheConnectionPool() throws Exception {
    server.enqueue(TestSupport.ok());
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(TestSupport.ok());
    client.destinations().get("d");

    PrequelClient derived =
        client.withOptions(o -> o.maxRetries(0).defaultHeader("X-Team", "data"));
    assertThatThrownBy(() -> derived.destinations().get("d"))
        .isInstanceOf(ApiException.ServerError.class);
    derived.close();
    client.destinations().get("d");

    assertThat(derived.options().retryPolicy().maxRetries()).isZero();
    assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(derived.apiVersion()).isEqualTo(client.apiVersion());
    assertThat(derived.options().baseUrl()).isEqualTo(client.options().baseUrl());
    assertThat(waits).isEmpty();
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    RecordedRequest third = server.takeRequest();
    // One connection for all three: the derived client reuses the pool, and closing it does not
    // close the pool of the client it came from.
    assertThat(first.getSequenceNumber()).isZero();
    assertThat(second.getSequenceNumber()).isEqualTo(1);
    assertThat(third.getSequenceNumber()).isEqualTo(2);
    assertThat(second.getHeader("X-Team")).isEqualTo("data");
    assertThat(second.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(second.getHeader("X-Prequel-Api-Version")).isEqualTo("2023-12-01");
    assertThat(third.getHeader("X-Team")).isNull();
  }

  @Test
  void aClosedClientCannotDeriveOne() {
    client.close();

    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closedClientRefusesCalls() {
    client.close();

    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
