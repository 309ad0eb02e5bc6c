package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.LogCapture;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.LogRecord;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Runs a whole set of calls with canary credentials and proves the canaries never show anywhere but
 * on the wire.
 */
class CanarySecretTest {
  private static final String KEY = "CANARY-key-5f1c2b9e";
  private static final String PASSWORD = "CANARY-pw-77aa31";

  private final List<String> seen = new ArrayList<>();

  private void record(Object value) {
    seen.add(String.valueOf(value));
  }

  private void recordThrowable(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      record(t);
      record(t.getMessage());
      record(t.getLocalizedMessage());
      for (Throwable suppressed : t.getSuppressed()) {
        recordThrowable(suppressed);
      }
      if (t instanceof DataExportException) {
        ((DataExportException) t).attempts().forEach(this::record);
      }
      if (t instanceof ApiException) {
        ApiException api = (ApiException) t;
        record(api.body());
        record(api.errorCode());
        record(api.errorMessage());
        record(api.headers());
        record(api.details());
      }
      if (t instanceof InvalidResponseException) {
        record(((InvalidResponseException) t).snippet());
      }
    }
  }

  private void call(Supplier<Object> call) {
    try {
      record(call.get());
    } catch (CompletionException e) {
      recordThrowable(e.getCause());
    } catch (RuntimeException e) {
      recordThrowable(e);
    }
  }

  private static ApiRequest change() {
    return ApiRequest.builder(HttpMethod.PATCH)
        .path("destinations")
        .pathParam("id", "d1")
        .jsonBody(Map.of("host", "db.example.com", "password", Secret.of(PASSWORD)))
        .build();
  }

  private static MockResponse echoing(int status, String text) {
    return new MockResponse()
        .setResponseCode(status)
        .addHeader("X-Request-Id", "r-" + status)
        .setBody(text);
  }

  @Test
  void theCanaryNeverAppearsOutsideTheWire() throws Exception {
    RecordingSleeper sleeper = new RecordingSleeper();
    try (LogCapture logs = new LogCapture();
        MockWebServer server = Fixtures.startServer()) {
      String echo = "key " + KEY + " password " + PASSWORD;
      server.enqueue(echoing(200, "{\"id\":\"d1\",\"host\":\"db.example.com\"}"));
      server.enqueue(echoing(503, "{\"message\":\"busy, " + echo + "\"}"));
      server.enqueue(echoing(200, "{\"id\":\"d1\"}"));
      server.enqueue(echoing(400, "{\"code\":\"" + KEY + "\",\"message\":\"bad " + echo + "\"}"));
      server.enqueue(echoing(401, "{\"message\":\"invalid key " + KEY + "\"}"));
      server.enqueue(
          echoing(
              422,
              "{\"message\":\"password "
                  + PASSWORD
                  + " too weak\",\"password\":\""
                  + PASSWORD
                  + "\"}"));
      server.enqueue(echoing(429, "{}").addHeader("Retry-After", "600"));
      server.enqueue(echoing(200, KEY + " " + PASSWORD + " is not JSON"));
      server.enqueue(echoing(500, "<html>" + echo + "</html>"));
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      server.enqueue(echoing(404, "{\"message\":\"no such " + echo + "\"}"));
      server.enqueue(
          echoing(200, "{\"password\":\"" + PASSWORD + "\",\"apiKey\":\"" + KEY + "\"}"));

      TestClient client =
          clientFor(server, sleeper)
              .credentials(Credentials.apiKey("X-API-KEY", KEY))
              .readTimeout(Duration.ofMillis(300))
              .logLevel(LogLevel.DEBUG)
              .build();
      record(client);
      record(client.executor.options());
      record(client.executor.options().credentials());
      record(client.executor.options().credentials().headerValue());
      record(change());
      record(Secret.of(PASSWORD));
      record(RequestOptions.builder().header("X-API-KEY", KEY).build());

      call(() -> client.send(change(), JSON)); // success
      call(() -> client.send(change(), JSON)); // 503 then success
      for (int i = 0; i < 5; i++) {
        call(() -> client.send(change(), JSON)); // 400, 401, 422, 429 beyond cap, not JSON
      }
      call(
          () ->
              client.send(
                  change(), JSON, RequestOptions.builder().maxRetries(0).build())); // 500 HTML
      call(() -> client.send(change(), JSON)); // read timeout
      call(() -> client.sendAsync(change(), JSON).join()); // async 404
      call(
          () ->
              client
                  .send(change(), JSON)
                  .value()
                  .size()); // a success whose body echoes, logged at DEBUG
      call(() -> Credentials.apiKey("X-API-KEY", KEY + "\r\n")); // rejected credential
      call(() -> Credentials.bearer(KEY + "\u00e9"));
      client.close();
      call(() -> client.send(change(), JSON)); // after close

      RecordedRequest first = server.takeRequest();
      assertThat(first.getHeader("X-API-KEY")).as("the canary is really in use").isEqualTo(KEY);
      assertThat(first.getBody().readUtf8()).contains(PASSWORD);
      assertThat(server.getRequestCount()).isEqualTo(12);

      for (LogRecord log : logs.records()) {
        record(log.getMessage());
        if (log.getThrown() != null) {
          recordThrowable(log.getThrown());
        }
      }
      record(String.join("\n", logs.lines()));
      assertThat(logs.records()).hasSizeGreaterThan(20);
    }

    assertThat(seen).hasSizeGreaterThan(100);
    assertThat(seen)
        .allSatisfy(text -> assertThat(text).doesNotContain(KEY).doesNotContain(PASSWORD));
    assertThat(seen).anySatisfy(text -> assertThat(text).contains("****"));
    assertThat(Attempt.ofStatus(1, 200, Duration.ZERO)).hasToString("#1 HTTP 200 in 0 ms");
  }
}
