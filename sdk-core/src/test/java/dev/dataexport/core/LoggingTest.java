package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.LogCapture;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LoggingTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final LogCapture logs = new LogCapture();

  @AfterEach
  void stop() throws Exception {
    logs.close();
    server.shutdown();
  }

  @Test
  void silentByDefault() {
    Assumptions.assumeTrue(
        System.getenv("DATAEXPORT_LOG") == null && System.getProperty("dataexport.log") == null);
    server.enqueue(new MockResponse().setBody("{}"));
    try (TestClient client = clientFor(server, sleeper).build()) {
      client.send(patch(), JSON);
    }

    assertThat(logs.records()).isEmpty();
  }

  @Test
  void infoWritesOneLinePerCallWithMethodPathStatusAttemptsAndDuration() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    try (TestClient client = clientFor(server, sleeper).logLevel(LogLevel.INFO).build()) {
      client.send(patch(), JSON);
      assertThatThrownBy(() -> client.send(patch(), JSON))
          .isInstanceOf(ApiException.NotFound.class);
    }

    List<String> info = logs.messagesAt(Level.INFO);
    assertThat(info).hasSize(2);
    assertThat(info.get(0)).matches("test PATCH /things/t1 -> HTTP 200 \\(2 attempts, \\d+ ms\\)");
    assertThat(info.get(1)).matches("test PATCH /things/t1 -> HTTP 404 \\(1 attempt, \\d+ ms\\)");
    assertThat(logs.records()).hasSize(2);
  }

  @Test
  void infoNamesTransportFailures() {
    try (TestClient refused =
        TestClient.builder()
            .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
            .sleeper(sleeper)
            .maxRetries(0)
            .logLevel(LogLevel.INFO)
            .build()) {
      assertThatThrownBy(() -> refused.send(patch(), JSON)).isInstanceOf(RuntimeException.class);
    }

    assertThat(logs.messagesAt(Level.INFO))
        .singleElement()
        .asString()
        .matches("test PATCH /things/t1 -> connect failed \\(1 attempt, \\d+ ms\\)");
  }

  @Test
  void debugShowsHeadersAndBodiesWithCredentialsAndSecretFieldsMasked() {
    server.enqueue(
        new MockResponse()
            .addHeader("Set-Cookie", "session=s-77")
            .addHeader("X-Request-Id", "r1")
            .setBody(
                "{\"id\":\"d1\",\"config\":{\"client_secret\":\"cs-55\",\"host\":\"db\"},\"echo\":\"tok-9876\"}"));
    Map<String, Object> body =
        Map.of(
            "host",
            "db",
            "password",
            Secret.of("pw-4321"),
            "apiKey",
            "plain-key-1",
            "nested",
            List.of(Map.of("token", "nested-tok-1")));
    try (TestClient client =
        clientFor(server, sleeper)
            .credentials(Credentials.bearer("tok-9876"))
            .defaultHeader("X-Auth-Token", "extra-tok-2")
            .logLevel(LogLevel.DEBUG)
            .build()) {
      client.send(ApiRequest.builder(HttpMethod.PATCH).path("things").jsonBody(body).build(), JSON);
    }

    List<String> debug = logs.messagesAt(Level.FINE);
    assertThat(debug).hasSize(2);
    String request = debug.get(0);
    String response = debug.get(1);
    assertThat(request)
        .startsWith("test --> PATCH /things (attempt 1)\n")
        .contains(
            "X-Test-Version: 2024-01-01\n",
            "Accept: application/json\n",
            "User-Agent: dataexport-java/",
            "X-Auth-Token: ****\n",
            "Authorization: ****\n",
            "\"password\":\"****\"",
            "\"apiKey\":\"****\"",
            "\"token\":\"****\"",
            "\"host\":\"db\"");
    assertThat(response)
        .startsWith("test <-- 200 PATCH /things\n")
        .contains(
            "Set-Cookie: ****",
            "X-Request-Id: r1",
            "\"client_secret\":\"****\"",
            "\"echo\":\"****\"",
            "\"host\":\"db\"");
    assertThat(String.join("\n", logs.lines()))
        .doesNotContain(
            "tok-9876", "pw-4321", "plain-key-1", "nested-tok-1", "cs-55", "s-77", "extra-tok-2");
    assertThat(logs.messagesAt(Level.INFO)).hasSize(1);
  }

  @Test
  void debugLevelOfTheClientIsStillFilteredByTheBackend() {
    java.util.logging.Logger.getLogger("dev.dataexport.http").setLevel(Level.INFO);
    server.enqueue(new MockResponse().setBody("{}"));
    try (TestClient client = clientFor(server, sleeper).logLevel(LogLevel.DEBUG).build()) {
      client.send(patch(), JSON);
    }

    assertThat(logs.records())
        .singleElement()
        .satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.INFO));
  }
}
