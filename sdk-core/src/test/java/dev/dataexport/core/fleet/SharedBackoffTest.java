package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The operation's shared reaction to rate limits, on a manual clock: no real sleeping. */
@Timeout(30)
class SharedBackoffTest {
  private final ManualTime time = new ManualTime();
  private final AtomicInteger sends = new AtomicInteger();

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "d" + i).collect(Collectors.toList());
  }

  private FleetWrite write(String id, Supplier<?> call) {
    return FleetWrite.of(
        PlannedRequest.of("PATCH", List.of("destinations", id), Map.of("on", false)),
        () -> {
          sends.incrementAndGet();
          return call.get();
        });
  }

  private FleetOperation.Builder<String, String> over(List<String> ids) {
    return FleetOperation.over(ids).clock(time).sleeper(time);
  }

  @Test
  void aCallRefusedWith429IsSentAgainAfterTheSharedPause() {
    AtomicBoolean refused = new AtomicBoolean();
    FleetResult result =
        over(List.of("d0"))
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          if (!refused.getAndSet(true)) {
                            throw Answers.rateLimited(Duration.ofSeconds(3));
                          }
                          return "ok";
                        }))
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(1);
    assertThat(sends).hasValue(2);
    assertThat(result.requestsSent()).isEqualTo(2);
    assertThat(time.totalWait()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void resendsAreBoundedAndTheLast429IsTheFailure() {
    FleetResult result =
        over(List.of("d0"))
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          throw Answers.rateLimited(null);
                        }))
            .rateLimitResends(2)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(sends).hasValue(3);
    assertThat(result.failures().get(0).failure().orElseThrow())
        .isInstanceOf(ApiException.RateLimited.class);
    // A 429 without a wait pauses for the default second before each resend.
    assertThat(time.totalWait()).isEqualTo(FleetOperation.DEFAULT_RATE_LIMIT_WAIT.multipliedBy(2));
  }

  @Test
  void anyOtherFailureIsNeverSentAgain() {
    FleetResult result =
        over(List.of("d0"))
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          throw Answers.error(503, null, 503, 503, 503);
                        }))
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(sends).hasValue(1);
    assertThat(result.requestsSent()).isEqualTo(3); // the call's own three attempts
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void every429PausesAllWorkersTogetherAndHalvesTheConcurrency() throws Exception {
    CountDownLatch othersStarted = new CountDownLatch(3);
    CountDownLatch paused = new CountDownLatch(1);
    time.onSleep(paused::countDown); // only the shared pause sleeps
    AtomicBoolean firstCall = new AtomicBoolean(true);
    AtomicInteger active = new AtomicInteger();
    Queue<long[]> starts = new ConcurrentLinkedQueue<>(); // {clock, calls active, item}
    long t0 = time.millis();

    FleetResult result =
        over(ids(8))
            .concurrency(4)
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          int item = Integer.parseInt(id.substring(1));
                          starts.add(new long[] {time.millis(), active.incrementAndGet(), item});
                          try {
                            if (item == 0 && firstCall.getAndSet(false)) {
                              await(othersStarted);
                              throw Answers.rateLimited(Duration.ofSeconds(2));
                            }
                            if (item <= 3) {
                              othersStarted.countDown();
                              await(paused); // the first wave is answered only after the 429
                            }
                            return "ok";
                          } finally {
                            active.decrementAndGet();
                          }
                        }))
            .build()
            .apply();

    assertThat(result.changed()).isEqualTo(8);
    assertThat(sends).hasValue(9);
    List<long[]> beforePause =
        starts.stream().filter(s -> s[0] < t0 + 2000).collect(Collectors.toList());
    List<long[]> afterPause =
        starts.stream().filter(s -> s[0] >= t0 + 2000).collect(Collectors.toList());
    assertThat(beforePause).extracting(s -> s[2]).containsExactlyInAnyOrder(0L, 1L, 2L, 3L);
    // Every call after the 429 (its own resend and items 4-7) waited out the same pause ...
    assertThat(afterPause).extracting(s -> s[2]).containsExactlyInAnyOrder(0L, 4L, 5L, 6L, 7L);
    // ... and ran at the halved limit (2, climbing back at most to 3 within five calls).
    assertThat(afterPause).allSatisfy(s -> assertThat(s[1]).isLessThanOrEqualTo(3));
  }

  @Test
  void theConcurrencyClimbsBackToTheMaximumAsCallsSucceed() {
    AtomicBoolean first = new AtomicBoolean(true);
    CountDownLatch paused = new CountDownLatch(1);
    time.onSleep(paused::countDown);
    AtomicReference<FleetProgress> last = new AtomicReference<>();
    AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
    FleetResult result =
        over(ids(60))
            .concurrency(4)
            .onProgress(
                progress -> {
                  last.set(progress);
                  lowest.accumulateAndGet(progress.concurrency(), Math::min);
                },
                Duration.ofMillis(1))
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          time.advance(Duration.ofMillis(10));
                          if (first.getAndSet(false)) {
                            throw Answers.rateLimited(Duration.ofMillis(500));
                          }
                          await(paused); // nothing succeeds before the 429 is known
                          return "ok";
                        }))
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(60);
    assertThat(lowest.get()).as("cut after the 429").isLessThan(4);
    assertThat(last.get().concurrency()).as("climbed back").isEqualTo(4);
  }

  @Test
  void anExhaustedQuotaOnASuccessPausesUntilTheReset() {
    QuotaReader launchDarkly =
        QuotaReader.remainingAndResetMillis(
            "X-Ratelimit-Reset", "X-Ratelimit-Global-Remaining", "X-Ratelimit-Route-Remaining");
    long reset = time.millis() + 2000;
    AtomicInteger calls = new AtomicInteger();
    FleetResult result =
        over(ids(3))
            .concurrency(1)
            .quota(launchDarkly)
            .change(
                (id, same) ->
                    write(
                        id,
                        () ->
                            Answers.ok(
                                ResponseHeaders.of(
                                    "X-Ratelimit-Global-Remaining",
                                    "100",
                                    "X-Ratelimit-Route-Remaining",
                                    calls.getAndIncrement() == 0 ? "0" : "50",
                                    "X-Ratelimit-Reset",
                                    Long.toString(reset)))))
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(3);
    assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void retriesThatMet429InsideOneCallCutTheSharedLimit() {
    AtomicReference<FleetProgress> first = new AtomicReference<>();
    FleetResult result =
        over(ids(1))
            .concurrency(4)
            .onProgress(first::set, Duration.ofDays(1))
            .change((id, same) -> write(id, () -> Answers.ok(ResponseHeaders.empty(), 429, 200)))
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.requestsSent()).isEqualTo(2);
    assertThat(first.get().concurrency()).isEqualTo(2);
    assertThat(time.waits()).isEmpty(); // the call already waited; nobody pauses again
  }

  @Test
  void aCancelDuringAPauseEndsTheRunWithinASlice() {
    AtomicReference<FleetOperation<String, String>> operation = new AtomicReference<>();
    time.onSleep(() -> operation.get().cancel());
    operation.set(
        over(ids(3))
            .concurrency(1)
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          throw Answers.rateLimited(Duration.ofSeconds(30));
                        }))
            .build());
    FleetResult result = operation.get().apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    assertThat(time.waits()).containsExactly(Pacer.SLICE);
    // The refused item keeps its 429; the two others were never started.
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.failures().get(0).failure().orElseThrow())
        .isInstanceOf(ApiException.RateLimited.class);
    assertThat(result.notAttempted()).isEqualTo(2);
    assertThat(sends).hasValue(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("latch not reached");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
