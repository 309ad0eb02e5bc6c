package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.fleet.ItemOutcome.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Progress at a bounded frequency, and cancellation. */
@Timeout(30)
class ProgressAndCancelTest {
  private final ManualTime time = new ManualTime();
  private final AtomicInteger sent = new AtomicInteger();

  private static List<String> ids(int count) {
    return IntStream.range(0, count).mapToObj(i -> "d" + i).collect(Collectors.toList());
  }

  private FleetWrite write(String id, Runnable during) {
    return FleetWrite.of(
        PlannedRequest.of("PATCH", List.of("destinations", id), Map.of("on", false)),
        () -> {
          during.run();
          sent.incrementAndGet();
          return "ok";
        });
  }

  @Test
  void progressComesAtMostOncePerIntervalAndOnceAtTheEnd() {
    List<FleetProgress> reports = new CopyOnWriteArrayList<>();
    FleetResult result =
        FleetOperation.over(ids(100))
            .change((id, same) -> write(id, () -> time.advance(Duration.ofMillis(100))))
            .onProgress(reports::add, Duration.ofSeconds(1))
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(100);
    assertThat(result.duration()).isEqualTo(Duration.ofSeconds(10));
    // Items end every 100 ms: a report at 1 s, 2 s, ... 10 s, and the final one.
    assertThat(reports).hasSize(11);
    FleetProgress first = reports.get(0);
    assertThat(first.done()).isEqualTo(10);
    assertThat(first.total()).isEqualTo(OptionalLong.of(100));
    assertThat(first.elapsed()).isEqualTo(Duration.ofSeconds(1));
    assertThat(first.ratePerSecond()).isEqualTo(10.0);
    assertThat(first.remaining()).contains(Duration.ofSeconds(9));
    assertThat(first.concurrency()).isEqualTo(1);
    assertThat(first.toString()).isEqualTo("10/100 items, 10.0/s, about PT9S left");
    FleetProgress last = reports.get(10);
    assertThat(last.done()).isEqualTo(100);
    assertThat(last.remaining()).contains(Duration.ZERO);
  }

  @Test
  void theLastProgressOfAStoppedRunCountsOnlyTheItemsItDid() {
    AtomicReference<FleetProgress> last = new AtomicReference<>();
    FleetResult result =
        FleetOperation.over(ids(12))
            .change(
                (id, same) ->
                    id.equals("d4")
                        ? FleetWrite.of(
                            PlannedRequest.of("PATCH", List.of("destinations", id), Map.of()),
                            () -> {
                              throw new IllegalStateException("refused");
                            })
                        : write(id, () -> time.advance(Duration.ofMillis(100))))
            .failurePolicy(FailurePolicy.stopAtFirst())
            .onProgress(last::set, Duration.ofSeconds(1))
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.notAttempted()).isEqualTo(7);
    assertThat(last.get().done()).isEqualTo(5); // four changed and the failure, not the seven left
    assertThat(last.get().toString()).startsWith("5/12 items");
  }

  @Test
  void withoutATotalThereIsNoEstimate() {
    AtomicReference<FleetProgress> last = new AtomicReference<>();
    FleetOperation.over(ids(5).stream())
        .change((id, same) -> write(id, () -> time.advance(Duration.ofMillis(100))))
        .onProgress(last::set, Duration.ofSeconds(1))
        .clock(time)
        .sleeper(time)
        .build()
        .apply();
    assertThat(last.get().total()).isEmpty();
    assertThat(last.get().remaining()).isEqualTo(Optional.empty());
    assertThat(last.get().toString()).startsWith("5 items, ");
  }

  @Test
  void cancelStopsNewWorkAndTheRestIsNotAttempted() {
    AtomicReference<FleetOperation<String, String>> operation = new AtomicReference<>();
    AtomicInteger taken = new AtomicInteger();
    List<ItemOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    operation.set(
        FleetOperation.over(ids(50).stream().peek(id -> taken.incrementAndGet()))
            .total(50)
            .change((id, same) -> write(id, () -> {}))
            .onOutcome(
                outcome -> {
                  outcomes.add(outcome);
                  if (outcomes.size() == 3) {
                    operation.get().cancel();
                  }
                })
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build());
    FleetResult result = operation.get().apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    assertThat(result.changed()).isEqualTo(3);
    assertThat(result.notAttempted()).isEqualTo(47);
    assertThat(sent).hasValue(3);
    assertThat(taken.get()).isLessThanOrEqualTo(5); // the input is not read on
    // Items already handed to a worker end NOT_ATTEMPTED; the rest were never taken.
    assertThat(outcomes.subList(3, outcomes.size()))
        .allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(Status.NOT_ATTEMPTED));
  }

  @Test
  void aCallInFlightWhenCancelledFinishesAndIsReported() throws Exception {
    CountDownLatch inFlight = new CountDownLatch(1);
    CountDownLatch cancelled = new CountDownLatch(1);
    FleetOperation<String, String> operation =
        FleetOperation.over(ids(20))
            .change(
                (id, same) ->
                    write(
                        id,
                        () -> {
                          if (id.equals("d0")) {
                            inFlight.countDown();
                            await(cancelled);
                          } else {
                            await(cancelled);
                          }
                        }))
            .concurrency(2)
            .clock(time)
            .sleeper(time)
            .build();
    AtomicReference<FleetResult> result = new AtomicReference<>();
    Thread runner = new Thread(() -> result.set(operation.apply()));
    runner.start();
    assertThat(inFlight.await(10, TimeUnit.SECONDS)).isTrue();
    operation.cancel();
    cancelled.countDown();
    runner.join(10_000);
    assertThat(result.get().stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    // d0 (and at most the one other call already sent) finished; nothing else started.
    assertThat(result.get().changed()).isBetween(1L, 2L);
    assertThat(result.get().changed()).isEqualTo(sent.get());
    assertThat(result.get().total()).isEqualTo(20);
  }

  @Test
  void cancelWithoutARunDoesNothing() {
    FleetOperation<String, String> operation =
        FleetOperation.over(ids(2))
            .change((id, same) -> FleetWrite.none())
            .clock(time)
            .sleeper(time)
            .build();
    operation.cancel();
    assertThat(operation.apply().unchanged()).isEqualTo(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
