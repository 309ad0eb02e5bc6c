package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.fleet.ItemOutcome.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Plan, apply, every outcome and the summary, on an injected clock. */
@Timeout(30)
class FleetOperationTest {
  private final ManualTime time = new ManualTime();

  /** Writes the fake "server" received, per id. */
  private final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();

  /** The state the fake server holds: id to "on". */
  private final Map<String, Boolean> on = new ConcurrentHashMap<>();

  private final AtomicInteger reads = new AtomicInteger();

  private List<String> ids(int count) {
    List<String> ids =
        IntStream.range(0, count).mapToObj(i -> "d" + i).collect(Collectors.toList());
    ids.forEach(id -> on.put(id, true));
    return ids;
  }

  private FleetWrite turnOff(String id) {
    return FleetWrite.of(
        PlannedRequest.of("PATCH", List.of("destinations", id), Map.of("on", false)),
        () -> {
          writes.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
          on.put(id, false);
          return Answers.ok(ResponseHeaders.empty());
        });
  }

  private FleetOperation.Builder<String, Boolean> turnOffAll(List<String> ids) {
    return FleetOperation.over(ids)
        .read(
            id -> {
              reads.incrementAndGet();
              return on.get(id);
            })
        .change((id, isOn) -> isOn ? turnOff(id) : FleetWrite.none())
        .clock(time)
        .sleeper(time);
  }

  @Test
  void planTellsEachRequestInInputOrderAndWritesNothing() {
    List<String> ids = ids(50);
    on.put("d7", false);
    FleetPlan<String> plan = turnOffAll(ids).concurrency(4).build().plan();

    assertThat(writes).isEmpty();
    assertThat(reads).hasValue(50);
    assertThat(plan.entries()).extracting(ItemOutcome::key).containsExactlyElementsOf(ids);
    assertThat(plan.entries().get(7).status()).isEqualTo(Status.UNCHANGED);
    assertThat(plan.entries().get(7).request()).isEmpty();
    ItemOutcome<String> first = plan.entries().get(0);
    assertThat(first.status()).isEqualTo(Status.CHANGED);
    assertThat(first.request().orElseThrow().toString())
        .isEqualTo("PATCH /destinations/d0 {\"on\":false}");
    assertThat(plan.summary().changed()).isEqualTo(49);
    assertThat(plan.summary().unchanged()).isEqualTo(1);
    assertThat(plan.summary().requestsSent()).isEqualTo(50); // the reads, one each
    assertThat(plan.toString()).startsWith("d0: CHANGED PATCH /destinations/d0 {\"on\":false}\n");
  }

  @Test
  void applyOfAPlanSendsExactlyItsWritesWithoutReadingAgain() {
    List<String> ids = ids(20);
    on.put("d3", false);
    FleetOperation<String, Boolean> operation = turnOffAll(ids).build();
    FleetPlan<String> plan = operation.plan();
    on.put("d4", false); // changed after the plan: the reviewed write is still what is sent

    List<ItemOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    FleetResult result =
        FleetOperation.over(ids)
            .change((id, same) -> FleetWrite.none())
            .onOutcome(outcomes::add)
            .clock(time)
            .sleeper(time)
            .build()
            .apply(plan);

    assertThat(reads).hasValue(20);
    assertThat(writes.keySet()).hasSize(19).doesNotContain("d3").contains("d4");
    assertThat(writes.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(result.changed()).isEqualTo(19);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(result.requestsSent()).isEqualTo(19);
    assertThat(result.isComplete()).isTrue();
    assertThat(outcomes).hasSize(20);
  }

  @Test
  void applyReadsDecidesAndWritesEachItemOnce() {
    List<String> ids = ids(100);
    on.put("d0", false);
    List<ItemOutcome<String>> outcomes = Collections.synchronizedList(new ArrayList<>());
    FleetResult result = turnOffAll(ids).onOutcome(outcomes::add).build().apply();

    assertThat(result.changed()).isEqualTo(99);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(result.total()).isEqualTo(100);
    assertThat(result.requestsSent()).isEqualTo(199); // 100 reads + 99 writes
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.COMPLETED);
    assertThat(on.values()).containsOnly(false);
    assertThat(writes.values()).allSatisfy(count -> assertThat(count).hasValue(1));
    assertThat(outcomes).hasSize(100);
    ItemOutcome<String> d1 =
        outcomes.stream().filter(o -> o.key().equals("d1")).findFirst().orElseThrow();
    assertThat(d1.requests()).isEqualTo(2);
    assertThat(d1.request().orElseThrow().path()).isEqualTo("/destinations/d1");
  }

  @Test
  void aFailedItemCarriesItsTypedExceptionAndTheRunGoesOnByDefault() {
    List<String> ids = ids(10);
    ApiException notFound = Answers.error(404, null);
    FleetResult result =
        FleetOperation.over(ids)
            .change(
                (id, same) ->
                    id.equals("d4")
                        ? FleetWrite.of(
                            PlannedRequest.of("PATCH", List.of("destinations", id), Map.of()),
                            () -> {
                              throw notFound;
                            })
                        : turnOff(id))
            .clock(time)
            .sleeper(time)
            .build()
            .apply();

    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.changed()).isEqualTo(9);
    assertThat(result.isComplete()).isFalse();
    ItemOutcome<?> failure = result.failures().get(0);
    assertThat(failure.key()).isEqualTo("d4");
    assertThat(failure.failure()).containsSame(notFound);
    assertThat(failure.failure().orElseThrow()).isInstanceOf(ApiException.NotFound.class);
    assertThat(failure.request().orElseThrow().path()).isEqualTo("/destinations/d4");
    assertThat(failure.requests()).isEqualTo(1);
    assertThat(failure.toString()).startsWith("d4: FAILED (NotFound: ");
  }

  @Test
  void aCheckThatFailsBeforeAnyIoIsAFailureWithNoRequestSent() {
    FleetResult result =
        FleetOperation.over(List.of("d1"))
            .change(
                (id, same) ->
                    FleetWrite.of(
                        PlannedRequest.of("PATCH", List.of("destinations", id), null),
                        () -> {
                          throw new IllegalArgumentException("destinationId must not be blank");
                        }))
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.requestsSent()).isZero();
    assertThat(result.failures().get(0).failure().orElseThrow())
        .hasMessage("destinationId must not be blank");
  }

  @Test
  void aChangeReturningNullOrAKeyOfNullIsAFailureNamingTheRule() {
    FleetResult result =
        FleetOperation.over(List.of("a", "b"))
            .key(id -> id.equals("b") ? null : id)
            .change((id, same) -> null)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(2);
    assertThat(result.failures())
        .extracting(outcome -> outcome.failure().orElseThrow().getMessage())
        .containsExactlyInAnyOrder(
            "the change must not return null; return FleetWrite.none() when nothing changes",
            "key must not be null");
  }

  @Test
  void stopAfterNFailuresStartsNoMoreItemsAndCountsTheRestNotAttempted() {
    List<String> ids = ids(10);
    AtomicInteger taken = new AtomicInteger();
    FleetResult result =
        FleetOperation.over(ids.stream().peek(id -> taken.incrementAndGet()))
            .total(10)
            .change((id, same) -> failing(id))
            .failurePolicy(FailurePolicy.stopAfter(3))
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.FAILURE_LIMIT);
    assertThat(result.failed()).isEqualTo(3);
    assertThat(result.notAttempted()).isEqualTo(7);
    assertThat(result.total()).isEqualTo(10);
    assertThat(taken.get()).isLessThanOrEqualTo(4); // the lazy input is not read on after a stop
  }

  @Test
  void stopAtFirstEndsAfterOneFailure() {
    FleetResult result =
        FleetOperation.over(ids(5))
            .change((id, same) -> id.equals("d1") ? failing(id) : turnOff(id))
            .failurePolicy(FailurePolicy.stopAtFirst())
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.FAILURE_LIMIT);
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(writes.keySet()).containsExactly("d0");
  }

  @Test
  void continueOnFailureAttemptsEveryItem() {
    FleetResult result =
        FleetOperation.over(ids(6))
            .change((id, same) -> failing(id))
            .failurePolicy(FailurePolicy.continueOnFailure())
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(6);
    assertThat(result.failures()).hasSize(6);
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.COMPLETED);
  }

  @Test
  void theSummaryKeepsOnlyTheFirstFailures() {
    FleetResult result =
        FleetOperation.over(ids(FleetResult.FAILURES_KEPT + 15))
            .change((id, same) -> failing(id))
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(FleetResult.FAILURES_KEPT + 15);
    assertThat(result.failures()).hasSize(FleetResult.FAILURES_KEPT);
    assertThat(result.failures().get(0).key()).isEqualTo("d0");
  }

  @Test
  void anInputThatFailsStopsTheRunWithItsException() {
    IllegalStateException pageFailed = new IllegalStateException("page 2 failed");
    FleetResult result =
        FleetOperation.over(
                IntStream.range(0, 10)
                    .mapToObj(
                        i -> {
                          if (i == 5) {
                            throw pageFailed;
                          }
                          return "d" + i;
                        }))
            .change((id, same) -> turnOff(id))
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.ERROR);
    assertThat(result.stopCause()).containsSame(pageFailed);
    // What was taken before the failure either finished or, not yet started, was not attempted.
    assertThat(result.changed() + result.notAttempted()).isEqualTo(5);
    assertThat(result.changed()).isGreaterThanOrEqualTo(4);
  }

  @Test
  void aJournalThatCannotRecordStopsTheRun() {
    RuntimeException diskFull =
        new java.io.UncheckedIOException(new java.io.IOException("disk full"));
    FleetJournal broken =
        new FleetJournal() {
          @Override
          public boolean isDone(String key) {
            return false;
          }

          @Override
          public void finished(String key, Status status) {
            throw diskFull;
          }
        };
    FleetResult result =
        FleetOperation.over(ids(10))
            .change((id, same) -> turnOff(id))
            .journal(broken)
            .concurrency(1)
            .clock(time)
            .sleeper(time)
            .build()
            .apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.ERROR);
    assertThat(result.stopCause()).containsSame(diskFull);
    assertThat(result.changed()).isEqualTo(1); // the change was made; its record is what failed
    assertThat(result.notAttempted()).isEqualTo(9);
  }

  @Test
  void anIteratorIsConsumedByOneRun() {
    FleetOperation<String, String> operation =
        FleetOperation.over(List.of("a").iterator())
            .change((id, same) -> FleetWrite.none())
            .clock(time)
            .sleeper(time)
            .build();
    FleetPlan<String> plan = operation.plan();
    assertThatThrownBy(operation::apply)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "items was an Iterator or Stream that an earlier run consumed; give an Iterable, or"
                + " apply the plan");
    assertThat(operation.apply(plan).unchanged()).isEqualTo(1);
  }

  @Test
  void badSettingsFailWhenSetNamingTheField() {
    FleetOperation.Builder<String, String> builder = FleetOperation.over(List.of("a"));
    assertThatThrownBy(() -> builder.concurrency(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("concurrency must be >= 1, was 0");
    assertThatThrownBy(() -> FailurePolicy.stopAfter(0)).hasMessage("failures must be >= 1, was 0");
    assertThatThrownBy(() -> builder.onProgress(p -> {}, Duration.ZERO))
        .hasMessage("interval must be positive, was PT0S");
    assertThatThrownBy(() -> builder.total(-1)).hasMessage("total must be >= 0, was -1");
    assertThatThrownBy(() -> builder.rateLimitResends(-1))
        .hasMessage("resends must be >= 0, was -1");
    assertThatThrownBy(() -> builder.journal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("journal must not be null");
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("change is required");
    assertThatThrownBy(() -> FleetOperation.over((List<String>) null))
        .hasMessage("items must not be null");
  }

  private FleetWrite failing(String id) {
    return FleetWrite.of(
        PlannedRequest.of("PATCH", List.of("destinations", id), Map.of()),
        () -> {
          throw Answers.error(422, null);
        });
  }
}
