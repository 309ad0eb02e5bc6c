package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.LogCapture;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CallListenerTest {
  private static final String SECRET = "CANARY-secret-123";
  private static final String ID = "CANARY-id-4567/x y%ü";

  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Recorder recorder = new Recorder();
  private TestClient client =
      clientFor(server, sleeper)
          .credentials(Credentials.apiKey("X-API-KEY", SECRET))
          .addListener(recorder)
          .build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  /** Writes every event as one line, in the order received. */
  static final class Recorder implements CallListener {
    final List<String> events = new CopyOnWriteArrayList<>();
    final List<Object> records = new CopyOnWriteArrayList<>();
    volatile Map<String, String> headers = Map.of();

    @Override
    public Observer onCallStart(CallStart call) {
      records.add(call);
      events.add("start " + call.operation() + " " + call.method() + " " + call.pathTemplate());
      return new Observer() {
        @Override
        public void onAttemptStart(AttemptStart attempt) {
          records.add(attempt);
          events.add("attempt " + attempt.attempt());
        }

        @Override
        public void headers(
            AttemptStart attempt, java.util.function.BiConsumer<String, String> sink) {
          headers.forEach(sink);
        }

        @Override
        public void onAttemptEnd(AttemptEnd attempt) {
          records.add(attempt);
          events.add(
              "attempt end "
                  + attempt.attempt()
                  + " "
                  + (attempt.status().isPresent()
                      ? "HTTP " + attempt.status().getAsInt()
                      : attempt.failure().orElseThrow()));
        }

        @Override
        public void onRetryScheduled(RetryScheduled retry) {
          records.add(retry);
          events.add("retry " + retry.attempt() + " " + retry.reason() + " " + retry.delay());
        }

        @Override
        public void onRateLimitWait(RateLimitWait wait) {
          records.add(wait);
          events.add("rate limit " + wait.attempt() + " " + wait.delay());
        }

        @Override
        public void onCallEnd(CallEnd end) {
          records.add(end);
          events.add(
              "end "
                  + end.outcome()
                  + " "
                  + (end.status().isPresent() ? end.status().getAsInt() : "-")
                  + " x"
                  + end.attempts()
                  + end.errorType().map(t -> " " + t).orElse(""));
        }
      };
    }
  }

  private static ApiRequest update(String id, boolean safe) {
    return ApiRequest.builder(HttpMethod.PATCH)
        .path("things")
        .pathParam("thingId", id)
        .jsonBody(Map.of("x", 1))
        .safeToRepeat(safe)
        .operation("updateThing", "/things/{thingId}")
        .build();
  }

  @Test
  void aSuccessfulCallReportsStartAttemptAndEndInOrder() {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(update("t1", true), JSON);

    assertThat(recorder.events)
        .containsExactly(
            "start updateThing PATCH /things/{thingId}",
            "attempt 1",
            "attempt end 1 HTTP 200",
            "end SUCCESS 200 x1");
    CallListener.CallStart start = (CallListener.CallStart) recorder.records.get(0);
    assertThat(start.vendor()).isEqualTo("test");
    assertThat(start.serverAddress()).isEqualTo(server.getHostName());
    assertThat(start.serverPort()).isEqualTo(server.getPort());
    assertThat(start.async()).isFalse();
  }

  @Test
  void retriesReportTheirReasonAndDelayBetweenAttempts() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(update("t1", true), JSON);

    assertThat(recorder.events)
        .containsExactly(
            "start updateThing PATCH /things/{thingId}",
            "attempt 1",
            "attempt end 1 HTTP 503",
            "retry 1 HTTP 503 PT0.5S",
            "attempt 2",
            "attempt end 2 HTTP 500",
            "retry 2 HTTP 500 PT1S",
            "attempt 3",
            "attempt end 3 HTTP 200",
            "end SUCCESS 200 x3");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void aRateLimitedAttemptReportsTheServersWait() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "7"));
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(update("t1", false), JSON);

    assertThat(recorder.events)
        .containsSubsequence(
            "attempt end 1 HTTP 429", "retry 1 HTTP 429 PT7S", "rate limit 1 PT7S", "attempt 2");
    assertThat(recorder.events).last().isEqualTo("end SUCCESS 200 x2");
  }

  @Test
  void anErrorStatusEndsTheCallAsAnApiErrorNamingTheException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    assertThatThrownBy(() -> client.send(update("t1", true), JSON))
        .isInstanceOf(ApiException.NotFound.class);

    assertThat(recorder.events)
        .last()
        .isEqualTo("end API_ERROR 404 x1 " + ApiException.NotFound.class.getName());
  }

  @Test
  void aConnectFailureIsRetriedAndEndsAsAConnectionError() throws Exception {
    client.close();
    client =
        TestClient.builder()
            .baseUrl("http://127.0.0.1:" + Fixtures.closedPort() + "/")
            .sleeper(sleeper)
            .clock(Fixtures.CLOCK)
            .retryPolicy(Fixtures.NO_JITTER)
            .maxRetries(1)
            .addListener(recorder)
            .build();

    assertThatThrownBy(() -> client.send(update("t1", false), JSON))
        .isInstanceOf(ApiConnectionException.class);

    assertThat(recorder.events)
        .containsExactly(
            "start updateThing PATCH /things/{thingId}",
            "attempt 1",
            "attempt end 1 connect failed",
            "retry 1 connect failed PT0.5S",
            "attempt 2",
            "attempt end 2 connect failed",
            "end CONNECTION_ERROR - x2 " + ApiConnectionException.class.getName());
  }

  @Test
  void aTimeoutIsReportedAsTimeoutWithoutTheLimitOrHost() {
    client.close();
    client =
        clientFor(server, sleeper)
            .attemptTimeout(Duration.ofMillis(150))
            .maxRetries(0)
            .addListener(recorder)
            .build();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

    assertThatThrownBy(() -> client.send(update("t1", true), JSON))
        .isInstanceOf(ApiConnectionException.Timeout.class);

    assertThat(recorder.events)
        .containsSubsequence(
            "attempt end 1 timeout",
            "end TIMEOUT - x1 " + ApiConnectionException.Timeout.class.getName());
  }

  @Test
  void aThrowingListenerNeitherBreaksTheCallNorOtherListenersAndIsLoggedOnce() {
    CallListener throwing =
        call ->
            new CallListener.Observer() {
              @Override
              public void onAttemptStart(CallListener.AttemptStart attempt) {
                throw new IllegalStateException("boom " + SECRET);
              }

              @Override
              public void onCallEnd(CallListener.CallEnd end) {
                throw new IllegalStateException("boom again");
              }
            };
    CallListener throwsAtStart =
        call -> {
          throw new IllegalArgumentException("no");
        };
    client.close();
    client =
        clientFor(server, sleeper)
            .credentials(Credentials.apiKey("X-API-KEY", SECRET))
            .addListener(throwing)
            .addListener(throwsAtStart)
            .addListener(recorder)
            .build();
    server.enqueue(new MockResponse().setBody("{\"ok\":1}"));
    server.enqueue(new MockResponse().setBody("{\"ok\":2}"));

    try (LogCapture log = new LogCapture()) {
      assertThat(client.send(update("t1", true), JSON).value().get("ok").asInt()).isEqualTo(1);
      assertThat(client.send(update("t1", true), JSON).value().get("ok").asInt()).isEqualTo(2);

      List<String> warnings = log.messagesAt(java.util.logging.Level.WARNING);
      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(0))
          .contains("failed in onCallStart", "IllegalArgumentException (no)");
      assertThat(warnings.get(1))
          .contains("call listener", "failed in onAttemptStart", "IllegalStateException (boom")
          .doesNotContain(SECRET);
    }
    assertThat(recorder.events).filteredOn(e -> e.startsWith("end SUCCESS")).hasSize(2);
  }

  @Test
  void eventsCarryNeitherTheCredentialNorTheConcreteId() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("{\"m\":\"" + ID + "\"}"));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{}"));

    assertThatThrownBy(() -> client.send(update(ID, true), JSON))
        .isInstanceOf(ApiException.BadRequest.class);

    assertThat(recorder.records).hasSizeGreaterThan(5);
    String everything = recorder.records.toString() + recorder.events;
    assertThat(everything)
        .doesNotContain(SECRET)
        .doesNotContain("CANARY-id")
        .contains("/things/{thingId}");
  }

  @Test
  void listenerHeadersAreSentOnEveryAttemptButNeverTheCredentialHeader() throws Exception {
    recorder.headers = Map.of("traceparent", "00-abc-def-01");
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(update("t1", true), JSON);

    for (int i = 0; i < 2; i++) {
      RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(sent.getHeader("traceparent")).isEqualTo("00-abc-def-01");
      assertThat(sent.getHeader("X-API-KEY")).isEqualTo(SECRET);
    }

    recorder.headers = Map.of("x-api-key", "CANARY-forged-1");
    server.enqueue(new MockResponse().setBody("{}"));
    try (LogCapture log = new LogCapture()) {
      client.send(update("t1", true), JSON);
      assertThat(log.messagesAt(java.util.logging.Level.WARNING))
          .singleElement()
          .asString()
          .contains("credential header")
          .doesNotContain("CANARY-forged-1");
    }
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeaders().values("X-API-KEY"))
        .containsExactly(SECRET);
  }

  @Test
  void anInvalidListenerHeaderIsDroppedAndTheCallGoesOn() throws Exception {
    recorder.headers = Map.of("bad header", "v");
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(update("t1", true), JSON);

    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeader("bad header")).isNull();
    assertThat(recorder.events).last().isEqualTo("end SUCCESS 200 x1");
  }

  @Test
  void asyncCallsReportTheSameEventsAndACancelledFutureEndsCancelled() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));

    client.sendAsync(update("t1", true), JSON).get(5, TimeUnit.SECONDS);

    assertThat(((CallListener.CallStart) recorder.records.get(0)).async()).isTrue();
    assertThat(recorder.events)
        .containsExactly(
            "start updateThing PATCH /things/{thingId}",
            "attempt 1",
            "attempt end 1 HTTP 503",
            "retry 1 HTTP 503 PT0.5S",
            "attempt 2",
            "attempt end 2 HTTP 200",
            "end SUCCESS 200 x2");

    recorder.events.clear();
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    CompletableFuture<?> pending = client.sendAsync(update("t1", true), JSON);
    server.takeRequest(5, TimeUnit.SECONDS);
    server.takeRequest(5, TimeUnit.SECONDS); // the first call's second attempt
    pending.cancel(true);

    assertThat(recorder.events).last().isEqualTo("end CANCELLED - x1");
  }

  @Test
  void anAsyncFailureReachesTheCallerUnwrappedAfterTheEndEvent() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    List<Object> seen = new CopyOnWriteArrayList<>();

    client
        .sendAsync(update("t1", true), JSON)
        .whenComplete((value, error) -> seen.add(error))
        .exceptionally(error -> null)
        .get(5, TimeUnit.SECONDS);

    assertThat(seen).singleElement().isInstanceOf(ApiException.NotFound.class);
    assertThat(recorder.events)
        .last()
        .isEqualTo("end API_ERROR 404 x1 " + ApiException.NotFound.class.getName());
  }

  @Test
  void aRequestWithoutAnOperationFallsBackToMethodAndTemplate() {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(Fixtures.patch(), JSON);

    assertThat(recorder.events.get(0))
        .isEqualTo("start PATCH /things/{param} PATCH /things/{param}");
  }

  @Test
  void aBlankOperationIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET).operation(" ", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operation must not be blank");
    assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET).operation("get", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pathTemplate must not be null");
  }

  @Test
  void derivedClientsKeepAddOrClearListeners() {
    ClientOptions base = client.executor.options();
    Recorder second = new Recorder();

    assertThat(base.toBuilder().addListener(second).build().listeners())
        .containsExactly(recorder, second);
    assertThat(base.toBuilder().clearListeners().build().listeners()).isEmpty();
    assertThat(base.toString()).contains("listeners=1");
    assertThatThrownBy(() -> TestClient.builder().addListener(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener must not be null");
  }
}
