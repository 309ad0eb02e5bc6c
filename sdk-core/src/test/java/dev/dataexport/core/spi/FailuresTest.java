package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.RetryRules.Outcome;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.TestClient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.Call;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fail layer alone: what a failed attempt becomes, without a server. */
class FailuresTest {
  private final TestClient client = TestClient.builder().clock(Fixtures.CLOCK).build();

  @AfterEach
  void close() {
    client.close();
  }

  private Exchange<JsonNode> exchange(boolean safeToRepeat, int maxRetries) {
    return new Exchange<>(
        client.executor,
        ApiRequest.builder(HttpMethod.POST).path("things").safeToRepeat(safeToRepeat).build(),
        new Request.Builder().url("https://api.example.com/things").build(),
        Fixtures.JSON,
        maxRetries,
        Duration.ofMinutes(3),
        Duration.ofSeconds(60),
        new Redaction(client.executor.options().credentials(), List.of()),
        false);
  }

  @Test
  void aConnectFailureIsRetriedEvenWhenNotSafeToRepeat() {
    Exchange<JsonNode> exchange = exchange(false, 2);
    exchange.release(exchange.nextCall());
    Outcome<JsonNode> outcome = Failures.onFailure(exchange, new IOException("refused"), true);
    assertThat(outcome.isRetry()).isTrue();
    assertThat(exchange.attempts.get(0).failure())
        .contains("connect failed: IOException (refused)");
  }

  @Test
  void anAttemptTheWatchdogCancelledIsATimeoutNamingTheAttemptLimit() {
    Exchange<JsonNode> exchange = exchange(true, 0);
    Call call = exchange.nextCall();
    // What InFlight does at the limit: forget, mark, cancel; the attempt then fails as cancelled.
    client.executor.inFlight.timeOut(call, exchange.tracker);
    assertThat(client.executor.callsInFlight()).isZero();
    Outcome<JsonNode> outcome = Failures.onFailure(exchange, new IOException("Canceled"), true);
    assertThat(outcome.failure)
        .isInstanceOf(ApiConnectionException.Timeout.class)
        .hasMessage("POST /things timed out: attempt timeout of 1 min exceeded after 1 attempt")
        .hasCauseInstanceOf(InterruptedIOException.class);
  }

  @Test
  void attemptsAndLimitsAreNamedForMessages() {
    Exchange<JsonNode> exchange = exchange(true, 2);
    assertThat(Failures.attemptCount(exchange)).isEqualTo("0 attempts");
    exchange.release(exchange.nextCall());
    exchange.recordStatus(503);
    assertThat(Failures.attemptCount(exchange)).isEqualTo("1 attempt");
    assertThat(Failures.show(Duration.ofMinutes(3))).isEqualTo("3 min");
    assertThat(Failures.show(Duration.ofMillis(250))).isEqualTo("250 ms");
    assertThat(Failures.show(Duration.ofSeconds(90))).isEqualTo("90 s");
  }

  @Test
  void anAttemptsFailureKindNamesNoDetail() {
    assertThat(Failures.kind("connect failed: 127.0.0.1 refused")).isEqualTo("connect failed");
    assertThat(Failures.kind("socket timeout (connect 10 s, read 30 s): x")).isEqualTo("timeout");
    assertThat(Failures.kind("closed")).isEqualTo("closed");
  }
}
