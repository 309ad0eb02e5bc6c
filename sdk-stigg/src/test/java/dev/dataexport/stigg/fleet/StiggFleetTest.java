package dev.dataexport.stigg.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The typed Stigg fleet on the wire: plan, apply, every outcome and policy, resume, backoff. */
@Timeout(30)
class StiggFleetTest {
  private static final String API_KEY = "stigg-canary-key-4f9c";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.canary-sig-77";
  private static final UpdateSelectionRequest SELECTION =
      UpdateSelectionRequest.builder()
          .integrationId("int_1")
          .addEnabledModels("customers", "invoices", "usage")
          .build();

  private final StiggRoutes routes = new StiggRoutes();
  private final ManualTime time = new ManualTime();
  private final StiggClient stigg =
      StiggClient.builder()
          .baseUrl(routes.baseUrl())
          .apiKey(API_KEY)
          .clock(time)
          .sleeper(time)
          .maxRetries(0)
          .build();

  @AfterEach
  void close() throws IOException {
    stigg.close();
    routes.close();
  }

  private static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add("dst_" + i);
    }
    return ids;
  }

  private static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> headerNames(RecordedRequest request) {
    return request.getHeaders().names().stream()
        .map(name -> name.toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Destination destination(String id, String... models) {
    return Destination.builder()
        .type(DestinationType.of("snowflake"))
        .connectedAt(Instant.parse("2026-06-04T12:00:00Z"))
        .destinationId(id)
        .enabledModels(List.of(models))
        .build();
  }

  @Test
  void thePlanIsTheExactRequestOfTheSingleCallAndSendsNothing() {
    FleetPlan<String> plan =
        StiggFleet.of(stigg).ids(List.of("dst_1", "dst/2")).update(SELECTION).build().plan();

    assertThat(plan.entries()).extracting(ItemOutcome::status).containsOnly(Status.CHANGED);
    PlannedRequest first = plan.entries().get(0).request().orElseThrow();
    assertThat(first.method()).isEqualTo("PATCH");
    assertThat(first.path()).isEqualTo("/api/v1/data-export/destinations/dst_1");
    assertThat(first.query()).isEmpty();
    assertThat(first.headers()).isEmpty(); // API-key mode: the key is the client's, never planned
    assertThat(first.body().orElseThrow())
        .isEqualTo(
            tree(
                "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\",\"usage\"]}"));
    // An id is one encoded segment, as the single call sends it.
    assertThat(plan.entries().get(1).request().orElseThrow().path())
        .isEqualTo("/api/v1/data-export/destinations/dst%2F2");
    assertThat(plan.summary().changed()).isEqualTo(2);
    assertThat(plan.summary().requestsSent()).isZero();
    assertThat(routes.received()).isEmpty();
    assertThat(plan.toString()).doesNotContain(API_KEY).doesNotContainIgnoringCase("canary");
  }

  @Test
  void applyOfThePlanSendsExactlyWhatWasPlanned() {
    FleetOperation<String, String> operation =
        StiggFleet.of(stigg).ids(List.of("dst_1")).update(SELECTION).build();
    FleetPlan<String> plan = operation.plan();
    FleetResult result = operation.apply(plan);

    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.requestsSent()).isEqualTo(1);
    RecordedRequest sent = routes.received().get(0);
    PlannedRequest planned = plan.entries().get(0).request().orElseThrow();
    assertThat(sent.getMethod()).isEqualTo(planned.method());
    assertThat(sent.getPath()).isEqualTo(planned.path());
    assertThat(tree(sent.getBody().readUtf8())).isEqualTo(planned.body().orElseThrow());
    assertThat(headerNames(sent))
        .containsExactlyInAnyOrder(
            "accept",
            "accept-encoding",
            "connection",
            "content-length",
            "content-type",
            "host",
            "user-agent",
            "x-api-key");
    assertThat(sent.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeader("User-Agent")).startsWith("dataexport-java/");
  }

  @Test
  void jwtModePlansTheEnvironmentHeadersButNeverTheToken() throws IOException {
    try (StiggClient jwt =
        StiggClient.builder()
            .baseUrl(routes.baseUrl())
            .jwt(JWT)
            .environmentId("env_prod")
            .accountId("acc_42")
            .build()) {
      FleetOperation<String, String> operation =
          StiggFleet.of(jwt).ids(List.of("dst_1")).update(SELECTION).build();
      FleetPlan<String> plan = operation.plan();
      PlannedRequest planned = plan.entries().get(0).request().orElseThrow();
      assertThat(planned.headers())
          .containsExactly(
              Map.entry("X-ENVIRONMENT-ID", "env_prod"), Map.entry("X-ACCOUNT-ID", "acc_42"));
      assertThat(plan.toString()).doesNotContain(JWT).doesNotContainIgnoringCase("canary");

      operation.apply(plan);
      RecordedRequest sent = routes.received().get(0);
      assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + JWT);
      assertThat(sent.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
      assertThat(sent.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_42");
    }
  }

  @Test
  void everyOutcomeOverAListAPreviousCallReturned() {
    DestinationList list =
        DestinationList.builder()
            .destinations(
                List.of(
                    destination("dst_done"),
                    destination("dst_same", "usage", "invoices", "customers"),
                    destination("dst_gone"),
                    destination("dst_new", "customers")))
            .build();
    routes.fail("dst_gone", 404, "DESTINATION_NOT_FOUND");
    FleetJournal journal = FleetJournal.inMemory();
    journal.finished("dst_done", Status.CHANGED);
    List<ItemOutcome<Destination>> outcomes = new CopyOnWriteArrayList<>();

    FleetResult result =
        StiggFleet.of(stigg)
            .destinations(list)
            .update(SELECTION)
            .journal(journal)
            .onOutcome(outcomes::add)
            .concurrency(1)
            .build()
            .apply();

    assertThat(outcomes)
        .extracting(ItemOutcome::key, ItemOutcome::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("dst_done", Status.SKIPPED),
            org.assertj.core.groups.Tuple.tuple("dst_same", Status.UNCHANGED),
            org.assertj.core.groups.Tuple.tuple("dst_gone", Status.FAILED),
            org.assertj.core.groups.Tuple.tuple("dst_new", Status.CHANGED));
    assertThat(outcomes.get(2).failure().orElseThrow())
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessageContaining("scripted 404");
    assertThat(outcomes.get(3).item().destinationId()).isEqualTo("dst_new");
    assertThat(routes.patched()).containsExactly("dst_gone", "dst_new");
    assertThat(result.toString()).contains("changed=1", "unchanged=1", "failed=1", "skipped=1");
    assertThat(journal.isDone("dst_same")).isTrue();
    assertThat(journal.isDone("dst_gone")).isFalse();
  }

  @Test
  void aChangeFunctionMayAnswerNothingToChange() {
    FleetResult result =
        StiggFleet.of(stigg)
            .ids(Stream.of("dst_1", "skip_2", "dst_3"))
            .change(id -> id.startsWith("skip") ? Optional.empty() : Optional.of(SELECTION))
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(2);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(routes.patched()).containsExactlyInAnyOrder("dst_1", "dst_3");
  }

  @Test
  void aChangeAnsweringNullOrABadIdFailsTheItemBeforeAnyIo() {
    List<ItemOutcome<String>> outcomes = new CopyOnWriteArrayList<>();
    FleetResult result =
        StiggFleet.of(stigg)
            .ids(List.of("null", " "))
            .change(id -> id.equals("null") ? null : Optional.of(SELECTION))
            .onOutcome(outcomes::add)
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(2);
    assertThat(outcomes.get(0).failure().orElseThrow())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("return Optional.empty() when nothing changes");
    assertThat(outcomes.get(1).failure().orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThat(routes.received()).isEmpty();
  }

  @Test
  void continueOnFailureAttemptsEveryItem() {
    routes.fail("dst_2", 400, "BAD_REQUEST");
    routes.fail("dst_4", 404, "DESTINATION_NOT_FOUND");
    FleetResult result =
        StiggFleet.of(stigg)
            .ids(ids(6))
            .update(SELECTION)
            .failurePolicy(FailurePolicy.continueOnFailure())
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.changed()).isEqualTo(4);
    assertThat(result.failed()).isEqualTo(2);
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.COMPLETED);
    assertThat(result.failures())
        .extracting(failure -> (Object) failure.failure().orElseThrow().getClass())
        .containsExactly(ApiException.BadRequest.class, ApiException.NotFound.class);
  }

  @Test
  void stopAfterTwoFailuresLeavesTheRestNotAttempted() {
    routes.fail("dst_2", 500, "INTERNAL");
    routes.fail("dst_3", 500, "INTERNAL");
    FleetResult result =
        StiggFleet.of(stigg)
            .ids(ids(6))
            .update(SELECTION)
            .failurePolicy(FailurePolicy.stopAfter(2))
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.FAILURE_LIMIT);
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(2);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(routes.patched()).containsExactly("dst_1", "dst_2", "dst_3");
  }

  @Test
  void stopAtFirstFailure() {
    routes.fail("dst_1", 403, "FORBIDDEN");
    FleetResult result =
        StiggFleet.of(stigg)
            .ids(ids(4))
            .update(SELECTION)
            .failurePolicy(FailurePolicy.stopAtFirst())
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(result.failures().get(0).failure().orElseThrow())
        .isInstanceOf(ApiException.PermissionDenied.class);
    assertThat(routes.patched()).containsExactly("dst_1");
  }

  @Test
  void cancelStartsNothingNewAndReportsTheRestNotAttempted() {
    AtomicReference<FleetOperation<String, String>> operation = new AtomicReference<>();
    operation.set(
        StiggFleet.of(stigg)
            .ids(ids(5))
            .update(SELECTION)
            .concurrency(1)
            .onOutcome(
                outcome -> {
                  if (outcome.key().equals("dst_2")) {
                    operation.get().cancel();
                  }
                })
            .build());
    FleetResult result = operation.get().apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    assertThat(result.changed()).isEqualTo(2);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(routes.patched()).containsExactly("dst_1", "dst_2");
  }

  @Test
  void aRunGivenTheJournalOfACrashedRunSkipsWhatIsDone(@TempDir Path dir) {
    Path file = dir.resolve("stigg.journal");
    try (FileJournal journal = FileJournal.open(file)) {
      FleetOperation<String, String> crashing =
          StiggFleet.of(stigg)
              .ids(ids(5))
              .update(SELECTION)
              .journal(journal)
              .concurrency(1)
              .onOutcome(
                  outcome -> {
                    if (outcome.key().equals("dst_3")) {
                      throw new IllegalStateException("simulated crash");
                    }
                  })
              .build();
      FleetResult crashed = crashing.apply();
      assertThat(crashed.stop()).isEqualTo(FleetResult.Stop.ERROR);
    }
    int sentBefore = routes.patched().size();

    try (FileJournal journal = FileJournal.open(file)) {
      FleetResult resumed =
          StiggFleet.of(stigg)
              .ids(ids(5))
              .update(SELECTION)
              .journal(journal)
              .concurrency(1)
              .build()
              .apply();
      // dst_3 reached the journal before its listener crashed the run.
      assertThat(resumed.skipped()).isEqualTo(3);
      assertThat(resumed.changed()).isEqualTo(2);
      assertThat(resumed.isComplete()).isTrue();
      assertThat(routes.patched().subList(sentBefore, routes.patched().size()))
          .containsExactly("dst_4", "dst_5");
    }
  }

  @Test
  void a429PausesTheWholeOperationOnTheClientsClockAndTheCallIsSentAgain() {
    routes.fail("dst_2", 429, "RATE_LIMITED", "Retry-After", "2");
    FleetResult result =
        StiggFleet.of(stigg).ids(ids(4)).update(SELECTION).concurrency(1).build().apply();
    assertThat(result.changed()).isEqualTo(4);
    assertThat(result.requestsSent()).isEqualTo(5);
    // One shared pause of the Retry-After, slept in slices of at most a second.
    assertThat(time.waits().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(time.waits())
        .allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(1)));
    assertThat(routes.patched()).containsExactly("dst_1", "dst_2", "dst_2", "dst_3", "dst_4");
  }

  @Test
  void aWriteThatFailedOtherwiseIsNeverSentAgain() {
    routes.fail("dst_1", 503, "UNAVAILABLE");
    FleetResult result = StiggFleet.of(stigg).ids(ids(1)).update(SELECTION).build().apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(routes.patched()).containsExactly("dst_1");
    assertThat(time.waits()).isEmpty();
  }

  @Test
  void inputIsCheckedBeforeAnyIo() {
    assertThatThrownBy(() -> StiggFleet.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("client must not be null");
    assertThatThrownBy(() -> StiggFleet.of(stigg).destinations(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("list must not be null");
    assertThatThrownBy(() -> StiggFleet.of(stigg).ids(List.of("a")).update(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("selection must not be null");
    assertThatThrownBy(() -> StiggFleet.of(stigg).ids(List.of("a")).change(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change must not be null");
  }
}
