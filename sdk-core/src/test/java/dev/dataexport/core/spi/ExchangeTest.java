package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.RetryRules.Outcome;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.TestClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The send layer's state of one call alone: attempts, their limits, retry budget, close. */
class ExchangeTest {
  private final MovableClock clock = new MovableClock();
  private final TestClient client = TestClient.builder().clock(clock).build();

  @AfterEach
  void close() {
    client.close();
  }

  private Exchange<JsonNode> exchange(int maxRetries, Duration callTimeout, Duration attempt) {
    return new Exchange<>(
        client.executor,
        ApiRequest.builder(HttpMethod.GET).path("things", "1").build(),
        new Request.Builder().url("https://api.example.com/things/1").build(),
        Fixtures.JSON,
        maxRetries,
        callTimeout,
        attempt,
        new Redaction(client.executor.options().credentials(), List.of()),
        false);
  }

  @Test
  void eachAttemptIsTrackedUntilReleasedAndCountsAgainstTheRetries() {
    Exchange<JsonNode> exchange = exchange(1, Duration.ofMinutes(3), Duration.ofSeconds(60));
    Call first = exchange.nextCall();
    assertThat(exchange.attempt()).isEqualTo(1);
    assertThat(client.executor.callsInFlight()).isEqualTo(1);
    assertThat(exchange.attemptLimitedByCall).isFalse();
    assertThat(exchange.mayRetry()).isTrue();
    exchange.release(first);
    assertThat(client.executor.callsInFlight()).isZero();
    exchange.release(exchange.nextCall());
    assertThat(exchange.attempt()).isEqualTo(2);
    assertThat(exchange.mayRetry()).as("one retry allowed, used").isFalse();
  }

  @Test
  void anAttemptIsLimitedByWhatIsLeftOfTheCall() {
    Exchange<JsonNode> exchange = exchange(2, Duration.ofSeconds(10), Duration.ofSeconds(60));
    exchange.release(exchange.nextCall());
    assertThat(exchange.attemptLimitedByCall).isTrue();
  }

  @Test
  void aRetryWhoseWaitOutlastsTheCallIsNotTaken() {
    Exchange<JsonNode> exchange = exchange(3, Duration.ofSeconds(10), Duration.ofSeconds(5));
    exchange.release(exchange.nextCall());
    exchange.recordStatus(503);
    Outcome<JsonNode> outOfTime = Outcome.failure(null);
    assertThat(
            exchange.retryWithin(Outcome.retry(Duration.ofSeconds(2)), () -> outOfTime).isRetry())
        .isTrue();
    clock.advance(Duration.ofSeconds(9));
    assertThat(exchange.retryWithin(Outcome.retry(Duration.ofSeconds(2)), () -> outOfTime))
        .isSameAs(outOfTime);
  }

  @Test
  void closingCancelsTheAttemptRunsTheHookAndEndsRetries() {
    Exchange<JsonNode> exchange = exchange(3, Duration.ofMinutes(3), Duration.ofSeconds(60));
    Call call = exchange.nextCall();
    AtomicBoolean hook = new AtomicBoolean();
    exchange.onClose(() -> hook.set(true));
    exchange.closeByClient();
    assertThat(call.isCanceled()).isTrue();
    assertThat(hook).isTrue();
    assertThat(exchange.isClosedByClient()).isTrue();
    Outcome<JsonNode> outcome =
        exchange.retryWithin(Outcome.retry(Duration.ZERO), () -> Outcome.failure(null));
    assertThat(outcome.failure).isInstanceOf(ApiConnectionException.ClientClosed.class);
    exchange.release(call);
    Call late = exchange.nextCall();
    assertThat(late.isCanceled()).as("an attempt made after close never runs").isTrue();
    exchange.release(late);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = Fixtures.NOW;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
