package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.LogCapture;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The DEBUG lines of a response scrub the request's secrets from its headers, as they do from its
 * body: a {@code Location} that echoes a password sent in the body shows {@code ****} (found by the
 * build's canary scan of test output).
 */
class DebugLogScrubbingTest {
  private static final String KEY = "CANARY-key-31";
  private static final String PASSWORD = "CANARY-pw-32";

  @Test
  void aResponseHeaderEchoingABodySecretIsScrubbedInTheDebugLog() throws Exception {
    try (LogCapture logs = new LogCapture();
        MockWebServer server = Fixtures.startServer()) {
      server.enqueue(
          new MockResponse()
              .setResponseCode(302)
              .addHeader("Location", "https://elsewhere.example/?pw=" + PASSWORD)
              .addHeader("X-Echo", KEY + " " + PASSWORD));
      server.enqueue(
          new MockResponse().addHeader("X-Echo", "saved " + PASSWORD).setBody("{\"id\":\"d1\"}"));
      ApiRequest change =
          ApiRequest.builder(HttpMethod.PATCH)
              .path("destinations")
              .pathParam("id", "d1")
              .jsonBody(Map.of("password", Secret.of(PASSWORD)))
              .build();
      try (TestClient client =
          clientFor(server, new RecordingSleeper())
              .credentials(Credentials.apiKey("X-API-KEY", KEY))
              .logLevel(LogLevel.DEBUG)
              .maxRetries(0)
              .build()) {
        assertThatThrownBy(() -> client.send(change, JSON))
            .isInstanceOf(ApiException.UnexpectedStatus.class);
        client.send(change, JSON);
      }

      List<String> lines = logs.lines();
      // The credential is added at network level, after the request line is logged: it is shown
      // masked, once.
      assertThat(lines)
          .filteredOn(line -> line.contains(" --> PATCH"))
          .hasSize(2)
          .allSatisfy(
              line ->
                  assertThat(line.split("\n"))
                      .filteredOn(header -> header.startsWith("X-API-KEY:"))
                      .containsExactly("X-API-KEY: ****"));
      assertThat(lines)
          .filteredOn(line -> line.startsWith("INFO "))
          .hasSize(2)
          .allSatisfy(
              line -> {
                Matcher took = Pattern.compile("\\(1 attempt, (\\d+) ms\\)$").matcher(line);
                assertThat(took.find()).as(line).isTrue();
                assertThat(Long.parseLong(took.group(1))).isLessThan(60_000);
              });
      assertThat(lines)
          .anySatisfy(
              line -> assertThat(line).contains("Location: https://elsewhere.example/?pw=****"))
          .anySatisfy(line -> assertThat(line).contains("X-Echo: **** ****"))
          .anySatisfy(line -> assertThat(line).contains("X-Echo: saved ****"))
          .allSatisfy(line -> assertThat(line).doesNotContain(PASSWORD).doesNotContain(KEY));
    }
  }
}
