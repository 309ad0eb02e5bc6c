package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The two timeouts: a budget for the whole call and a limit per attempt, each named when hit. */
class TimeoutsTest {
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void aPerCallCallTimeoutCoversEveryAttemptAndSaysWhichLimitFired() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setBody("{}").setHeadersDelay(3, TimeUnit.SECONDS));
    }
    try (TestClient client =
        clientFor(server, new RecordingSleeper()).clock(Clock.systemUTC()).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(
              () ->
                  client.send(
                      get(),
                      JSON,
                      RequestOptions.builder().callTimeout(Duration.ofMillis(1000)).build()))
          .isInstanceOf(ApiConnectionException.Timeout.class)
          .hasMessage("GET /things/t1 timed out: call timeout of 1 s exceeded after 1 attempt")
          .hasCauseInstanceOf(java.io.InterruptedIOException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAttemptTimeoutIsRetriedWhileTheCallHasTimeLeft() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setBody("{}").setHeadersDelay(2, TimeUnit.SECONDS));
    }
    RecordingSleeper sleeper = new RecordingSleeper();
    try (TestClient client =
        clientFor(server, sleeper)
            .clock(Clock.systemUTC())
            .attemptTimeout(
                Duration.ofMillis(
                    400)) // long enough for each attempt to reach the server on a busy machine
            .build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(ApiConnectionException.Timeout.class)
          .hasMessage(
              "GET /things/t1 timed out: attempt timeout of 400 ms exceeded after 3 attempts");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void aCallOutOfTimeDoesNotWaitToRetry() {
    server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After", "5"));
    RecordingSleeper sleeper = new RecordingSleeper();
    try (TestClient client =
        clientFor(server, sleeper).callTimeout(Duration.ofSeconds(3)).build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(ApiException.ServerError.class);
    }
    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsCountAgainstTheBudgetOnTheInjectedClock() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse().setResponseCode(503).addHeader("Retry-After", "2"));
    }
    AtomicLong now = new AtomicLong(Fixtures.NOW.toEpochMilli());
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneId.of("UTC");
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(now.get());
          }
        };
    RecordingSleeper recorded = new RecordingSleeper();
    Sleeper advancing =
        duration -> {
          recorded.sleep(duration);
          now.addAndGet(duration.toMillis());
        };
    try (TestClient client =
        clientFor(server, recorded)
            .sleeper(advancing)
            .clock(clock)
            .maxRetries(4)
            .callTimeout(Duration.ofMillis(5000))
            .build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(ApiException.ServerError.class)
          .hasMessageContaining("after 3 attempts");
    }
    // 2 s + 2 s fit in 5 s; a third wait of 2 s would not.
    assertThat(recorded.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
