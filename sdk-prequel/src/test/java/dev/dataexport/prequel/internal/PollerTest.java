package dev.dataexport.prequel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.prequel.PrequelClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The poller waits with doubling backoff on the injected clock and sleeper, never really. */
class PollerTest {
  private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

  private final SteppingClock clock = new SteppingClock();
  private final List<Duration> waits = new ArrayList<>();
  private final PrequelClient client =
      PrequelClient.builder()
          .apiKey("sk_test_CANARY_poller")
          .baseUrl("http://127.0.0.1:1/")
          .clock(clock)
          .sleeper(new AdvancingSleeper())
          .build();
  private final ClientOptions options = client.options();
  private final Poller poller = new Poller(options, Duration.ofSeconds(1), Duration.ofSeconds(5));

  @AfterEach
  void stop() throws Exception {
    client.close();
  }

  @Test
  void pollsWithDoublingWaitsUntilDone() {
    AtomicInteger polls = new AtomicInteger();

    int value = poller.await("job 1", polls::incrementAndGet, n -> n == 5, Duration.ofMinutes(1));

    assertThat(value).isEqualTo(5);
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(5));
  }

  @Test
  void timesOutWithTheLastValueInTheMessage() {
    assertThatThrownBy(
            () -> poller.await("job 1", () -> "RUNNING", s -> false, Duration.ofSeconds(6)))
        .isInstanceOf(ApiConnectionException.Timeout.class)
        .hasMessage("job 1 did not finish within 6 s; last seen: RUNNING");
    // 1 + 2 s, then the 3 s left (not 4): the last wait never overshoots the deadline.
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3));
  }

  @Test
  void awaitsAsynchronously() {
    AtomicInteger polls = new AtomicInteger();

    CompletableFuture<Integer> done =
        poller.awaitAsync(
            "job 2",
            () -> CompletableFuture.completedFuture(polls.incrementAndGet()),
            n -> n == 3,
            Duration.ofMinutes(1));

    assertThat(done.join()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void asyncTimeoutFailsTheFuture() {
    CompletableFuture<String> done =
        poller.awaitAsync(
            "job 3",
            () -> CompletableFuture.completedFuture("PENDING"),
            s -> false,
            Duration.ofSeconds(2));

    assertThatThrownBy(done::join)
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(ApiConnectionException.Timeout.class);
  }

  @Test
  void refusesANonPositiveTimeoutBeforePolling() {
    assertThatThrownBy(() -> poller.await("job", () -> 1, n -> true, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout");
  }

  /** A clock that only moves when the sleeper sleeps. */
  private static final class SteppingClock extends Clock {
    private Instant now = NOW;

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

  private final class AdvancingSleeper implements Sleeper {
    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
      clock.now = clock.now.plus(duration);
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      sleep(duration);
      return CompletableFuture.completedFuture(null);
    }
  }
}
