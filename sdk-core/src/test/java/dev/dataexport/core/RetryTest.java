package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClient client = clientFor(server, sleeper).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private static MockResponse status(int code) {
    return new MockResponse()
        .setResponseCode(code)
        .setBody("{\"code\":\"c" + code + "\",\"message\":\"m\"}");
  }

  private static List<String> outcomes(DataExportException e) {
    return e.attempts().stream()
        .map(a -> a.status().map(s -> "HTTP " + s).orElseGet(() -> a.failure().orElseThrow()))
        .toList();
  }

  @Test
  void succeedsOnTheThirdAttemptAfterTwo503s() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(new MockResponse().setBody("{\"ok\":true}"));

    ApiResponse<JsonNode> response = client.send(patch(), JSON);

    assertThat(response.attempts()).hasSize(3);
    assertThat(response.value().get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void failsWithEveryAttemptRecordedWhenRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            ApiException.ServerError.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(outcomes(e)).containsExactly("HTTP 503", "HTTP 503", "HTTP 503");
              assertThat(e.attempts()).extracting(Attempt::number).containsExactly(1, 2, 3);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "PATCH /things/t1 failed with HTTP 503: m (code c503) after 3 attempts");
            });
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void backoffDoublesUpToEightSeconds() {
    RetryPolicy policy = RetryPolicy.builder().jitter(0).build();
    assertThat(List.of(1, 2, 3, 4, 5, 6, 7).stream().map(n -> policy.backoff(n, 0.99)).toList())
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8),
            Duration.ofSeconds(8));
  }

  @Test
  void defaultJitterShortensEachWaitByUpToAQuarter() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxRetries()).isEqualTo(2);
    assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.backoff(1, 0.999_999))
        .isGreaterThan(Duration.ofMillis(375))
        .isLessThan(Duration.ofMillis(376));
    assertThat(policy.backoff(30, 0.5)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    server.enqueue(status(429).addHeader("Retry-After", "3"));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(patch(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterAsHttpDateIsMeasuredAgainstTheClock() {
    server.enqueue(status(429).addHeader("Retry-After", "Mon, 01 Jan 2024 00:00:05 GMT"));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(patch(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    server.enqueue(status(429).addHeader("Retry-After-Ms", "1500").addHeader("Retry-After", "9"));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(patch(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(1500));
  }

  @Test
  void vendorResetHeaderIsUsedOn429WithoutRetryAfter() {
    long resetAt = Fixtures.NOW.plusSeconds(7).toEpochMilli();
    server.enqueue(status(429).addHeader("X-RateLimit-Reset", Long.toString(resetAt)));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(patch(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void a429WithoutAnyWaitHeaderBacksOff() {
    server.enqueue(status(429));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(patch(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aWaitBeyondTheCapFailsAtOnceWithTheWait() {
    server.enqueue(status(429).addHeader("Retry-After", "61"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            ApiException.RateLimited.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(61));
              assertThat(e.status()).isEqualTo(429);
              assertThat(outcomes(e)).containsExactly("HTTP 429");
              assertThat(e.getMessage()).endsWith("after 1 attempt; server asked to wait 61000 ms");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void theCapIsConfigurable() {
    try (TestClient patient =
        clientFor(server, sleeper)
            .retryPolicy(Fixtures.NO_JITTER.toBuilder().maxRetryWait(Duration.ofMinutes(5)).build())
            .build()) {
      server.enqueue(status(429).addHeader("Retry-After", "120"));
      server.enqueue(new MockResponse().setBody("{}"));

      assertThat(patient.send(patch(), JSON).attempts()).hasSize(2);
      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(120));
    }
  }

  @Test
  void rateLimitExceptionCarriesTheWaitWhenRetriesRunOut() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(429).addHeader("Retry-After", "2"));
    }

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            ApiException.RateLimited.class,
            e -> {
              assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
              assertThat(outcomes(e)).containsExactly("HTTP 429", "HTTP 429", "HTTP 429");
            });
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504, 408})
  void aChangeNotSafeToRepeatIsNotRetriedOnStatusesThatMayFollowAnApply(int code) {
    server.enqueue(status(code));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(code);
              assertThat(outcomes(e)).containsExactly("HTTP " + code);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void aSafeCallIsRetriedOnEveryTransientStatus(int code) {
    server.enqueue(status(code));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThat(client.send(get(), JSON).attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501})
  void otherStatusesAreNeverRetriedEvenWhenSafe(int code) {
    server.enqueue(status(code));

    assertThatThrownBy(() -> client.send(get(), JSON)).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void connectionRefusedIsRetriedEvenForAChangeBecauseNothingWasSent() {
    try (TestClient refused =
        TestClient.builder()
            .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
            .sleeper(sleeper)
            .retryPolicy(Fixtures.NO_JITTER)
            .build()) {
      assertThatThrownBy(() -> refused.send(patch(), JSON))
          .isExactlyInstanceOf(ApiConnectionException.class)
          .satisfies(
              e -> {
                DataExportException failure = (DataExportException) e;
                assertThat(outcomes(failure))
                    .hasSize(3)
                    .allSatisfy(
                        outcome ->
                            assertThat(outcome).startsWith("connect failed: ConnectException"));
                assertThat(failure.getMessage())
                    .startsWith("PATCH /things/t1 failed (connect failed): ConnectException")
                    .endsWith("after 3 attempts");
                assertThat(failure.getCause()).isInstanceOf(java.net.ConnectException.class);
              });
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void resetAfterTheRequestWasSentIsNotRetriedForAChange() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isExactlyInstanceOf(ApiConnectionException.class)
        .satisfies(
            e -> {
              DataExportException failure = (DataExportException) e;
              assertThat(outcomes(failure))
                  .singleElement()
                  .asString()
                  .startsWith("connection failed: IOException");
              assertThat(failure.getMessage())
                  .endsWith(
                      "after 1 attempt (not retried: the request may have reached the server and is not safe to repeat)");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void resetAfterTheRequestWasSentIsRetriedForASafeCall() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody("{}"));

    ApiResponse<JsonNode> response = client.send(get(), JSON);

    assertThat(response.attempts()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void disconnectMidBodyFailsAChangeWithoutRetry() {
    server.enqueue(
        new MockResponse()
            .setBody("{\"long\":\"" + "x".repeat(64 * 1024) + "\"}")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isExactlyInstanceOf(ApiConnectionException.class)
        .satisfies(
            e ->
                assertThat(outcomes((DataExportException) e))
                    .singleElement()
                    .asString()
                    .startsWith("response body broke off: "));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void disconnectMidBodyIsRetriedForASafeCall() {
    server.enqueue(
        new MockResponse()
            .setBody("{\"long\":\"" + "x".repeat(64 * 1024) + "\"}")
            .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(new MockResponse().setBody("{\"ok\":1}"));

    ApiResponse<JsonNode> response = client.send(get(), JSON);

    assertThat(response.attempts()).hasSize(2);
    assertThat(response.value().get("ok").asInt()).isEqualTo(1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void readTimeoutFailsAChangeWithApiTimeoutExceptionAfterOneAttempt() {
    try (TestClient impatient =
        clientFor(server, sleeper).readTimeout(Duration.ofMillis(200)).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

      assertThatThrownBy(() -> impatient.send(patch(), JSON))
          .isExactlyInstanceOf(ApiConnectionException.Timeout.class)
          .satisfies(
              e -> {
                DataExportException failure = (DataExportException) e;
                assertThat(outcomes(failure))
                    .singleElement()
                    .asString()
                    .startsWith(
                        "socket timeout (connect 10 s, read 200 ms): SocketTimeoutException");
                assertThat(failure.getMessage())
                    .startsWith(
                        "PATCH /things/t1 timed out: socket timeout (connect 10 s, read 200 ms)"
                            + " exceeded after 1 attempt");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void readTimeoutIsRetriedForASafeCall() {
    try (TestClient impatient =
        clientFor(server, sleeper).readTimeout(Duration.ofMillis(200)).build()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      server.enqueue(new MockResponse().setBody("{}"));

      assertThat(impatient.send(get(), JSON).attempts()).hasSize(2);
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void aStalePooledConnectionDoesNotFailASafeCall() {
    // The server closes the connection after the first response without saying so: the pooled
    // socket is stale.
    server.enqueue(
        new MockResponse().setBody("{}").setSocketPolicy(SocketPolicy.DISCONNECT_AT_END));
    server.enqueue(new MockResponse().setBody("{\"second\":true}"));
    client.send(get(), JSON);

    ApiResponse<JsonNode> second = client.send(get(), JSON);

    assertThat(second.value().get("second").asBoolean()).isTrue();
    assertThat(second.attempts()).hasSize(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void interruptedWhileWaitingToRetryStopsWithTheInterruptKept() {
    Sleeper interrupted =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException("test");
          }
        };
    try (TestClient impatient =
        clientFor(server, new RecordingSleeper()).sleeper(interrupted).build()) {
      server.enqueue(status(503));
      assertThatThrownBy(() -> impatient.send(patch(), JSON))
          .isExactlyInstanceOf(ApiConnectionException.class)
          .hasMessage("PATCH /things/t1 interrupted while waiting to retry after 1 attempt");
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void zeroRetriesMeansOneAttempt() {
    try (TestClient once = clientFor(server, sleeper).maxRetries(0).build()) {
      server.enqueue(status(503));
      assertThatThrownBy(() -> once.send(get(), JSON)).isInstanceOf(ApiException.ServerError.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
