package dev.dataexport.launchdarkly.fleet;

import static dev.dataexport.launchdarkly.fleet.LaunchDarklyRoutes.destination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.fleet.FailurePolicy;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetJournal;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetPlan;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.core.fleet.ItemOutcome;
import dev.dataexport.core.fleet.ItemOutcome.Status;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The typed LaunchDarkly fleet on the wire: plan, apply, outcomes, policies, resume, pacing. */
@Timeout(30)
class LaunchDarklyFleetTest {
  private static final String TOKEN = "api-canary-5b2d7e10-token";
  private static final String WRITE_KEY = "segment-canary-write-key-93";
  private static final DestinationChange TURN_OFF =
      DestinationChange.builder().on(false).comment("migration").build();

  private final LaunchDarklyRoutes routes = new LaunchDarklyRoutes();
  private final ManualTime time = new ManualTime();
  private final LaunchDarklyClient ld =
      LaunchDarklyClient.builder()
          .baseUrl(routes.baseUrl())
          .accessToken(TOKEN)
          .clock(time)
          .sleeper(time)
          .maxRetries(0)
          .build();

  @AfterEach
  void close() throws IOException {
    ld.close();
    routes.close();
  }

  private static List<DestinationKey> keys(int count) {
    List<DestinationKey> keys = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      keys.add(DestinationKey.of("proj", "production", "d" + i));
    }
    return keys;
  }

  private static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree as the wire has it (a long written as 3 reads back as an int). */
  private static JsonNode reparsed(JsonNode node) {
    return tree(node.toString());
  }

  private static Set<String> headerNames(RecordedRequest request) {
    return request.getHeaders().names().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<String> patched() {
    return routes.calls().stream()
        .filter(call -> call.startsWith("PATCH "))
        .map(call -> call.substring(6))
        .collect(Collectors.toList());
  }

  @Test
  void thePlanReadsEachDestinationAndHoldsTheGuardedPatchOfTheSafeUpdateMasked() {
    DestinationChange rotate =
        DestinationChange.builder()
            .on(false)
            .config("writeKey", Secret.of(WRITE_KEY))
            .comment("rotate")
            .build();
    FleetPlan<DestinationKey> plan =
        LaunchDarklyFleet.of(ld).keys(keys(1)).change(rotate).build().plan();

    ItemOutcome<DestinationKey> entry = plan.entries().get(0);
    assertThat(entry.status()).isEqualTo(Status.CHANGED);
    assertThat(entry.key()).isEqualTo("proj/production/d1");
    PlannedRequest planned = entry.request().orElseThrow();
    assertThat(planned.method()).isEqualTo("PATCH");
    assertThat(planned.path()).isEqualTo("/api/v2/destinations/proj/production/d1");
    assertThat(planned.query()).isEmpty();
    assertThat(planned.headers()).isEmpty();
    assertThat(reparsed(planned.body().orElseThrow()))
        .isEqualTo(
            tree(
                "{\"comment\":\"rotate\",\"patch\":["
                    + "{\"op\":\"test\",\"path\":\"/version\",\"value\":3},"
                    + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                    + "{\"op\":\"replace\",\"path\":\"/config/writeKey\",\"value\":\"****\"}]}"));
    assertThat(plan.toString())
        .doesNotContain(WRITE_KEY, TOKEN)
        .doesNotContainIgnoringCase("canary");
    assertThat(routes.calls()).containsExactly("GET d1"); // the read, and no write
    assertThat(plan.summary().requestsSent()).isEqualTo(1);
  }

  @Test
  void applyOfThePlanSendsExactlyThePlannedPatchWithTheSecretRevealedOnlyOnTheWire() {
    DestinationChange rotate =
        DestinationChange.builder().config("writeKey", Secret.of(WRITE_KEY)).build();
    FleetOperation<DestinationKey, ApiResponse<Destination>> operation =
        LaunchDarklyFleet.of(ld).keys(keys(1)).change(rotate).build();
    FleetPlan<DestinationKey> plan = operation.plan();
    FleetResult result = operation.apply(plan);

    assertThat(result.changed()).isEqualTo(1);
    assertThat(routes.calls()).containsExactly("GET d1", "PATCH d1"); // apply(plan) reads nothing
    RecordedRequest sent = routes.received().get(1);
    PlannedRequest planned = plan.entries().get(0).request().orElseThrow();
    assertThat(sent.getMethod()).isEqualTo(planned.method());
    assertThat(sent.getPath()).isEqualTo(planned.path());
    JsonNode expected = reparsed(planned.body().orElseThrow());
    ((ObjectNode) expected.get(1)).put("value", WRITE_KEY); // the only masked value
    assertThat(tree(sent.getBody().readUtf8())).isEqualTo(expected);
    assertThat(headerNames(sent))
        .containsExactlyInAnyOrder(
            "authorization",
            "ld-api-version",
            "accept",
            "user-agent",
            "content-type",
            "content-length",
            "host",
            "connection",
            "accept-encoding");
    assertThat(sent.getHeader("Authorization")).isEqualTo(TOKEN);
    assertThat(sent.getHeader("LD-API-Version")).isEqualTo("20240415");
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
  }

  @Test
  void everyOutcomeOverTheFilteredList() {
    routes.list(
        destination("proj/production/d1", 3, true),
        destination("proj/production/d2", 5, false),
        destination("proj/staging/d3", 3, true),
        destination("proj/production/d4", 3, true),
        destination("proj/production/d5", 3, true));
    routes.fail("PATCH", "d4", 409);
    FleetJournal journal = FleetJournal.inMemory();
    journal.finished("proj/production/d5", Status.CHANGED);
    List<ItemOutcome<Destination>> outcomes = new CopyOnWriteArrayList<>();

    FleetResult result =
        LaunchDarklyFleet.of(ld)
            .list(DestinationFilter.all().project("proj").environment("production"))
            .change(TURN_OFF)
            .journal(journal)
            .onOutcome(outcomes::add)
            .concurrency(1)
            .build()
            .apply();

    assertThat(outcomes)
        .extracting(ItemOutcome::key, ItemOutcome::status)
        .containsExactly(
            tuple("proj/production/d1", Status.CHANGED),
            tuple("proj/production/d2", Status.UNCHANGED),
            tuple("proj/production/d4", Status.FAILED),
            tuple("proj/production/d5", Status.SKIPPED));
    assertThat(outcomes.get(2).failure().orElseThrow()).isInstanceOf(ApiException.Conflict.class);
    // One list call, no read per destination, and a patch only where something differs.
    assertThat(routes.calls()).containsExactly("GET list", "PATCH d1", "PATCH d4");
    assertThat(result.requestsSent()).isEqualTo(2); // the list is the input, not an item's call
    assertThat(reparsed(outcomes.get(0).request().orElseThrow().body().orElseThrow()))
        .isEqualTo(
            tree(
                "{\"comment\":\"migration\",\"patch\":["
                    + "{\"op\":\"test\",\"path\":\"/version\",\"value\":3},"
                    + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]}"));
  }

  @Test
  void theListFiltersByKindToo() {
    routes.list(
        destination("proj/production/d1", 3, true),
        destination("proj/production/d2", 3, true).replace("segment", "kinesis"));
    FleetPlan<Destination> plan =
        LaunchDarklyFleet.of(ld)
            .list(DestinationFilter.all().kind(dev.dataexport.launchdarkly.DestinationKind.KINESIS))
            .change(TURN_OFF)
            .build()
            .plan();
    assertThat(plan.entries()).extracting(ItemOutcome::key).containsExactly("proj/production/d2");
  }

  @Test
  void aListedDestinationWithoutASelfLinkFailsAndIsNotSent() {
    routes.list("{\"_id\":\"orphan\",\"kind\":\"segment\",\"version\":1,\"on\":true}");
    List<ItemOutcome<Destination>> outcomes = new CopyOnWriteArrayList<>();
    FleetResult result =
        LaunchDarklyFleet.of(ld)
            .list(DestinationFilter.all())
            .change(TURN_OFF)
            .onOutcome(outcomes::add)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(outcomes.get(0).key()).isEqualTo("orphan");
    assertThat(outcomes.get(0).failure().orElseThrow())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("destination orphan was listed without a self link");
    assertThat(patched()).isEmpty();
  }

  @Test
  void aPatchOfYourOwnOrNothingToChange() {
    FleetResult result =
        LaunchDarklyFleet.of(ld)
            .keys(Stream.of(keys(3).toArray(new DestinationKey[0])))
            .patch(
                current ->
                    current.id().orElseThrow().equals("d2")
                        ? Optional.empty()
                        : Optional.of(JsonPatch.builder().replace("/name", "renamed").build()))
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(2);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(patched()).containsExactly("d1", "d3");
    assertThat(tree(routes.received().get(1).getBody().readUtf8()))
        .isEqualTo(tree("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"renamed\"}]"));
  }

  @Test
  void aFailedReadFailsTheItemWithItsTypedException() {
    routes.fail("GET", "d1", 404);
    FleetResult result =
        LaunchDarklyFleet.of(ld).keys(keys(2)).change(TURN_OFF).concurrency(1).build().apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.failures().get(0).failure().orElseThrow())
        .isInstanceOf(ApiException.NotFound.class);
    assertThat(patched()).containsExactly("d2");
  }

  @Test
  void stopAfterAndStopAtFirst() {
    routes.fail("PATCH", "d1", 400);
    routes.fail("PATCH", "d2", 422);
    FleetResult stopAfterTwo =
        LaunchDarklyFleet.of(ld)
            .keys(keys(5))
            .change(TURN_OFF)
            .failurePolicy(FailurePolicy.stopAfter(2))
            .concurrency(1)
            .build()
            .apply();
    assertThat(stopAfterTwo.stop()).isEqualTo(FleetResult.Stop.FAILURE_LIMIT);
    assertThat(stopAfterTwo.failed()).isEqualTo(2);
    assertThat(stopAfterTwo.notAttempted()).isEqualTo(3);

    routes.fail("PATCH", "d1", 500);
    FleetResult stopAtFirst =
        LaunchDarklyFleet.of(ld)
            .keys(keys(5))
            .change(TURN_OFF)
            .failurePolicy(FailurePolicy.stopAtFirst())
            .concurrency(1)
            .build()
            .apply();
    assertThat(stopAtFirst.failed()).isEqualTo(1);
    assertThat(stopAtFirst.notAttempted()).isEqualTo(4);
    assertThat(stopAtFirst.failures().get(0).failure().orElseThrow())
        .isInstanceOf(ApiException.ServerError.class);

    routes.fail("PATCH", "d1", 500);
    FleetResult continued =
        LaunchDarklyFleet.of(ld).keys(keys(5)).change(TURN_OFF).concurrency(1).build().apply();
    assertThat(continued.failed()).isEqualTo(1);
    assertThat(continued.changed()).isEqualTo(4);
  }

  @Test
  void cancelLeavesTheRestNotAttempted() {
    AtomicReference<FleetOperation<DestinationKey, ApiResponse<Destination>>> operation =
        new AtomicReference<>();
    operation.set(
        LaunchDarklyFleet.of(ld)
            .keys(keys(4))
            .change(TURN_OFF)
            .concurrency(1)
            .onOutcome(outcome -> operation.get().cancel())
            .build());
    FleetResult result = operation.get().apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(patched()).containsExactly("d1");
  }

  @Test
  void aResumedRunSkipsWhatTheJournalOfTheCrashedRunHolds(@TempDir Path dir) {
    Path file = dir.resolve("ld.journal");
    routes.fail("PATCH", "d3", 503);
    try (FileJournal journal = FileJournal.open(file)) {
      FleetResult crashed =
          LaunchDarklyFleet.of(ld)
              .keys(keys(4))
              .change(TURN_OFF)
              .journal(journal)
              .failurePolicy(FailurePolicy.stopAtFirst())
              .concurrency(1)
              .build()
              .apply();
      assertThat(crashed.changed()).isEqualTo(2);
    }
    int before = routes.calls().size();
    try (FileJournal journal = FileJournal.open(file)) {
      FleetResult resumed =
          LaunchDarklyFleet.of(ld)
              .keys(keys(4))
              .change(TURN_OFF)
              .journal(journal)
              .concurrency(1)
              .build()
              .apply();
      assertThat(resumed.skipped()).isEqualTo(2);
      assertThat(resumed.changed()).isEqualTo(2);
      assertThat(resumed.isComplete()).isTrue();
    }
    assertThat(routes.calls().subList(before, routes.calls().size()))
        .containsExactly("GET d3", "PATCH d3", "GET d4", "PATCH d4");
  }

  @Test
  void anExhaustedQuotaPausesEveryWorkerUntilTheReset() {
    long reset = time.millis() + 3_000;
    routes.answer(
        "GET",
        "d1",
        200,
        destination("proj/production/d1", 3, true),
        "X-Ratelimit-Route-Remaining",
        "0",
        "X-Ratelimit-Reset",
        Long.toString(reset));
    FleetResult result =
        LaunchDarklyFleet.of(ld).keys(keys(2)).change(TURN_OFF).concurrency(1).build().apply();
    assertThat(result.changed()).isEqualTo(2);
    assertThat(time.waits().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(time.millis()).isGreaterThanOrEqualTo(reset);
    // No call was refused: the pause came before LaunchDarkly had to say 429.
    assertThat(routes.calls()).containsExactly("GET d1", "PATCH d1", "GET d2", "PATCH d2");
  }

  @Test
  void a429PausesTheOperationAndTheGuardedPatchIsSentAgain() {
    routes.fail("PATCH", "d1", 429, "Retry-After", "2");
    FleetResult result =
        LaunchDarklyFleet.of(ld).keys(keys(2)).change(TURN_OFF).concurrency(1).build().apply();
    assertThat(result.changed()).isEqualTo(2);
    assertThat(patched()).containsExactly("d1", "d1", "d2");
    assertThat(time.waits().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void inputIsCheckedBeforeAnyIo() {
    assertThatThrownBy(() -> LaunchDarklyFleet.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("client must not be null");
    assertThatThrownBy(() -> LaunchDarklyFleet.of(ld).list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("filter must not be null");
    assertThatThrownBy(
            () -> LaunchDarklyFleet.of(ld).keys(keys(1)).change((DestinationChange) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change must not be null");
    assertThatThrownBy(() -> LaunchDarklyFleet.of(ld).keys(keys(1)).patch(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("patch must not be null");
    assertThat(routes.calls()).isEmpty();
  }
}
