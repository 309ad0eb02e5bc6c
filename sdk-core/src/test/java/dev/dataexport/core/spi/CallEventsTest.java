package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.CallListener;
import dev.dataexport.core.CallListener.Observer;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.LogCapture;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The listen layer alone: events in order, a listener's failure contained, headers checked. */
class CallEventsTest {
  private static final String SECRET = "body-CANARY-secret";

  private final List<String> seen = new ArrayList<>();
  private final Request request =
      new Request.Builder().url("https://api.example.com/things/1").build();
  private final ApiRequest apiRequest =
      ApiRequest.builder(HttpMethod.GET)
          .path("things", "1")
          .operation("things.get", "/things/{id}")
          .build();

  private CallEvents start(CallListener... listeners) {
    TestClient.Builder builder = TestClient.builder();
    for (CallListener listener : listeners) {
      builder.addListener(listener);
    }
    TestClient client = builder.build();
    Redaction redaction = new Redaction(client.executor.options().credentials(), List.of(SECRET));
    CallEvents events =
        CallEvents.start(
            client.executor.options(), "Test", apiRequest, false, client.executor, redaction);
    client.close();
    return events;
  }

  /** Records every event it observes into {@link #seen}, prefixed with {@code name}. */
  private CallListener recording(String name) {
    return start -> {
      seen.add(name + " start " + start.operation() + " " + start.pathTemplate());
      return new Observer() {
        @Override
        public void onAttemptStart(CallListener.AttemptStart attempt) {
          seen.add(name + " attempt " + attempt.attempt());
        }

        @Override
        public void onAttemptEnd(CallListener.AttemptEnd attempt) {
          seen.add(name + " attempt end " + attempt.status() + " " + attempt.failure());
        }

        @Override
        public void onRetryScheduled(CallListener.RetryScheduled retry) {
          seen.add(name + " retry " + retry.reason() + " " + retry.delay());
        }

        @Override
        public void onRateLimitWait(CallListener.RateLimitWait wait) {
          seen.add(name + " rate limit " + wait.delay());
        }

        @Override
        public void onCallEnd(CallListener.CallEnd end) {
          seen.add(name + " end " + end.outcome() + " " + end.status() + " " + end.attempts());
        }
      };
    };
  }

  @Test
  void eventsArriveInOrderAndNothingAfterTheEnd() {
    CallEvents events = start(recording("a"));
    assertThat(events.attemptStart(1, request)).isSameAs(request);
    Attempt limited = Attempt.ofStatus(1, 429, Duration.ofMillis(3));
    events.attemptEnd(limited);
    events.retry(limited, Duration.ofSeconds(2));
    Attempt dropped = Attempt.ofFailure(2, "connect failed: refused", Duration.ofMillis(1));
    events.attemptStart(2, request);
    events.attemptEnd(dropped);
    events.end(new ApiConnectionException("x", List.of(), null), 2, List.of(limited, dropped));
    events.end(null, 2, List.of());
    events.attemptEnd(dropped);

    assertThat(seen)
        .containsExactly(
            "a start things.get /things/{id}",
            "a attempt 1",
            "a attempt end OptionalInt[429] Optional.empty",
            "a retry HTTP 429 PT2S",
            "a rate limit PT2S",
            "a attempt 2",
            "a attempt end OptionalInt.empty Optional[connect failed]",
            "a end CONNECTION_ERROR OptionalInt.empty 2");
  }

  @Test
  void aFailingListenerIsCaughtAndTheOthersStillHearEveryEvent() {
    CallListener failing =
        start -> {
          throw new IllegalStateException("listener bug near " + SECRET);
        };
    List<String> logged;
    try (LogCapture log = new LogCapture()) {
      CallEvents events = start(failing, recording("b"));
      events.attemptStart(1, request);
      events.attemptEnd(Attempt.ofStatus(1, 200, Duration.ZERO));
      events.end(null, 1, List.of(Attempt.ofStatus(1, 200, Duration.ZERO)));
      logged = log.lines();
    }

    assertThat(seen)
        .containsExactly(
            "b start things.get /things/{id}",
            "b attempt 1",
            "b attempt end OptionalInt[200] Optional.empty",
            "b end SUCCESS " + OptionalInt.of(200) + " 1");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0)).contains("failed in onCallStart").doesNotContain(SECRET);
  }

  @Test
  void headersAListenerAddsAreCheckedAndNeverReplaceTheCredential() {
    CallListener tracing =
        start ->
            new Observer() {
              @Override
              public void headers(
                  CallListener.AttemptStart attempt,
                  java.util.function.BiConsumer<String, String> headers) {
                headers.accept("traceparent", "00-abc-def-01");
              }
            };
    CallListener stealing =
        start ->
            new Observer() {
              @Override
              public void headers(
                  CallListener.AttemptStart attempt,
                  java.util.function.BiConsumer<String, String> headers) {
                headers.accept("x-api-key", "other-key");
              }
            };
    CallEvents events = start(tracing, stealing);
    Request sent = events.attemptStart(1, request);

    assertThat(sent.header("traceparent")).isEqualTo("00-abc-def-01");
    assertThat(sent.header("X-API-KEY")).isNull();
    assertThat(request.header("traceparent")).as("the prepared request is not changed").isNull();
  }
}
