package dev.dataexport.prequel.fleet;

import static dev.dataexport.prequel.fleet.PrequelRoutes.destination;
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
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.config.PostgresConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The typed Prequel fleet on the wire: plan, apply, outcomes, policies, resume, backoff. */
@Timeout(30)
class PrequelFleetTest {
  private static final String API_KEY = "sk_test_canary_fleet_31";
  private static final String PASSWORD = "pg-canary-password-8c";
  private static final DestinationUpdate HOURLY =
      DestinationUpdate.builder().frequencyMinutes(60).build();
  private static final ListDestinationsRequest PAGES_OF_TWO =
      ListDestinationsRequest.builder().pageSize(2).build();

  private final PrequelRoutes routes = new PrequelRoutes();
  private final ManualTime time = new ManualTime();
  private final PrequelClient prequel =
      PrequelClient.builder()
          .baseUrl(routes.baseUrl())
          .apiKey(API_KEY)
          .clock(time)
          .sleeper(time)
          .maxRetries(0)
          .build();

  @AfterEach
  void close() throws IOException {
    prequel.close();
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

  private static DestinationUpdate rotatePassword() {
    return DestinationUpdate.builder()
        .postgres(
            PostgresConfig.builder()
                .host("db.example.com")
                .port(5432)
                .database("analytics")
                .schema("export")
                .passwordAuth("exporter", Secret.of(PASSWORD))
                .build())
        .build();
  }

  private List<String> patched() {
    return routes.calls().stream()
        .filter(call -> call.startsWith("PATCH "))
        .map(call -> call.substring(6))
        .collect(Collectors.toList());
  }

  @Test
  void thePlanReadsEachDestinationAndHoldsTheExactUpdateWithSecretsMasked() {
    FleetPlan<String> plan =
        PrequelFleet.of(prequel).ids(List.of("dst_1")).update(rotatePassword()).build().plan();

    ItemOutcome<String> entry = plan.entries().get(0);
    assertThat(entry.status()).isEqualTo(Status.CHANGED);
    PlannedRequest planned = entry.request().orElseThrow();
    assertThat(planned.method()).isEqualTo("PATCH");
    assertThat(planned.path()).isEqualTo("/destinations/dst_1");
    assertThat(planned.query()).isEmpty();
    assertThat(planned.headers()).isEmpty();
    assertThat(tree(planned.body().orElseThrow().toString()))
        .isEqualTo(
            tree(
                "{\"destination\":{\"postgres\":{\"host\":\"db.example.com\",\"port\":5432,"
                    + "\"database\":\"analytics\",\"schema\":\"export\","
                    + "\"auth_method\":\"password_auth\","
                    + "\"password_auth\":{\"username\":\"exporter\",\"password\":\"****\"}}}}"));
    assertThat(plan.toString())
        .doesNotContain(PASSWORD, API_KEY)
        .doesNotContainIgnoringCase("canary");
    assertThat(routes.calls()).containsExactly("GET dst_1");
  }

  @Test
  void applyOfThePlanSendsExactlyThePlannedUpdateWithTheSecretOnlyOnTheWire() {
    FleetOperation<String, ApiResponse<Destination>> operation =
        PrequelFleet.of(prequel).ids(List.of("dst_1")).update(rotatePassword()).build();
    FleetPlan<String> plan = operation.plan();
    FleetResult result = operation.apply(plan);

    assertThat(result.changed()).isEqualTo(1);
    assertThat(routes.calls()).containsExactly("GET dst_1", "PATCH dst_1");
    RecordedRequest sent = routes.received().get(1);
    PlannedRequest planned = plan.entries().get(0).request().orElseThrow();
    assertThat(sent.getMethod()).isEqualTo(planned.method());
    assertThat(sent.getPath()).isEqualTo(planned.path());
    JsonNode expected = tree(planned.body().orElseThrow().toString());
    ((ObjectNode) expected.at("/destination/postgres/password_auth")).put("password", PASSWORD);
    assertThat(tree(sent.getBody().readUtf8())).isEqualTo(expected);
    assertThat(sent.getHeaders().names())
        .containsExactlyInAnyOrder(
            "X-API-KEY",
            "X-Prequel-Api-Version",
            "Content-Type",
            "Content-Length",
            "Accept",
            "User-Agent",
            "Host",
            "Connection",
            "Accept-Encoding");
    assertThat(sent.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(sent.getHeader("X-Prequel-Api-Version")).isEqualTo("2023-12-01");
    assertThat(sent.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getHeader("Accept")).isEqualTo("application/json");
    assertThat(sent.getHeader("User-Agent")).startsWith("dataexport-java/");
  }

  @Test
  void everyOutcomeOverAQueryOfThePagedList() {
    routes.list(
        destination("dst_done", 30),
        destination("dst_hourly", 60),
        destination("dst_gone", 30),
        destination("dst_daily", 1440),
        destination("dst_slow", 30));
    routes.fail("PATCH", "dst_gone", 404);
    FleetJournal journal = FleetJournal.inMemory();
    journal.finished("dst_done", Status.CHANGED);
    List<ItemOutcome<Destination>> outcomes = new CopyOnWriteArrayList<>();

    FleetResult result =
        PrequelFleet.of(prequel)
            .list(PAGES_OF_TWO, d -> d.frequencyMinutes().orElse(0) < 1440)
            .change(
                d -> d.frequencyMinutes().orElse(0) == 60 ? Optional.empty() : Optional.of(HOURLY))
            .journal(journal)
            .onOutcome(outcomes::add)
            .concurrency(1)
            .build()
            .apply();

    assertThat(outcomes)
        .extracting(ItemOutcome::key, ItemOutcome::status)
        .containsExactly(
            tuple("dst_done", Status.SKIPPED),
            tuple("dst_hourly", Status.UNCHANGED),
            tuple("dst_gone", Status.FAILED),
            tuple("dst_slow", Status.CHANGED));
    assertThat(outcomes.get(2).failure().orElseThrow()).isInstanceOf(ApiException.NotFound.class);
    // Pages are fetched as the run reaches them; nothing is read again per destination.
    assertThat(routes.calls())
        .containsExactly("GET page", "GET page", "PATCH dst_gone", "GET page", "PATCH dst_slow");
    assertThat(result.requestsSent()).isEqualTo(2);
  }

  @Test
  void aStoppedRunFetchesNoFurtherPage() {
    routes.list(destination("dst_1", 30), destination("dst_2", 30), destination("dst_3", 30));
    routes.fail("PATCH", "dst_1", 500);
    FleetResult result =
        PrequelFleet.of(prequel)
            .list(PAGES_OF_TWO)
            .update(HOURLY)
            .failurePolicy(FailurePolicy.stopAtFirst())
            .concurrency(1)
            .build()
            .apply();
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.FAILURE_LIMIT);
    assertThat(routes.calls()).containsExactly("GET page", "PATCH dst_1");
  }

  @Test
  void stopAfterTwoAndContinue() {
    routes.fail("PATCH", "dst_1", 400);
    routes.fail("PATCH", "dst_2", 422);
    FleetResult stopped =
        PrequelFleet.of(prequel)
            .ids(ids(5))
            .update(HOURLY)
            .failurePolicy(FailurePolicy.stopAfter(2))
            .concurrency(1)
            .build()
            .apply();
    assertThat(stopped.failed()).isEqualTo(2);
    assertThat(stopped.notAttempted()).isEqualTo(3);
    assertThat(stopped.failures())
        .extracting(failure -> (Object) failure.failure().orElseThrow().getClass())
        .containsExactly(ApiException.BadRequest.class, ApiException.UnprocessableEntity.class);

    routes.fail("GET", "dst_3", 404);
    FleetResult continued =
        PrequelFleet.of(prequel)
            .ids(Stream.of("dst_3", "dst_4"))
            .update(HOURLY)
            .concurrency(1)
            .build()
            .apply();
    assertThat(continued.failed()).isEqualTo(1);
    assertThat(continued.changed()).isEqualTo(1);
    assertThat(patched()).containsExactly("dst_1", "dst_2", "dst_4");
  }

  @Test
  void cancelLeavesTheRestNotAttempted() {
    AtomicReference<FleetOperation<String, ApiResponse<Destination>>> operation =
        new AtomicReference<>();
    operation.set(
        PrequelFleet.of(prequel)
            .ids(ids(4))
            .update(HOURLY)
            .concurrency(1)
            .onOutcome(outcome -> operation.get().cancel())
            .build());
    FleetResult result = operation.get().apply();
    assertThat(result.stop()).isEqualTo(FleetResult.Stop.CANCELLED);
    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.notAttempted()).isEqualTo(3);
    assertThat(patched()).containsExactly("dst_1");
  }

  @Test
  void aResumedRunSkipsWhatTheCrashedRunsJournalHolds(@TempDir Path dir) {
    Path file = dir.resolve("prequel.journal");
    routes.fail("PATCH", "dst_3", 503);
    try (FileJournal journal = FileJournal.open(file)) {
      FleetResult crashed =
          PrequelFleet.of(prequel)
              .ids(ids(4))
              .update(HOURLY)
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
          PrequelFleet.of(prequel)
              .ids(ids(4))
              .update(HOURLY)
              .journal(journal)
              .concurrency(1)
              .build()
              .apply();
      assertThat(resumed.skipped()).isEqualTo(2);
      assertThat(resumed.isComplete()).isTrue();
    }
    assertThat(routes.calls().subList(before, routes.calls().size()))
        .containsExactly("GET dst_3", "PATCH dst_3", "GET dst_4", "PATCH dst_4");
  }

  @Test
  void a429PausesTheWholeOperationOnTheClientsClockAndTheCallIsSentAgain() {
    routes.fail("PATCH", "dst_1", 429, "Retry-After", "3");
    FleetResult result =
        PrequelFleet.of(prequel).ids(ids(2)).update(HOURLY).concurrency(1).build().apply();
    assertThat(result.changed()).isEqualTo(2);
    assertThat(patched()).containsExactly("dst_1", "dst_1", "dst_2");
    assertThat(time.waits().stream().reduce(Duration.ZERO, Duration::plus))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(result.requestsSent()).isEqualTo(5); // two reads, three writes
  }

  @Test
  void inputIsCheckedBeforeAnyIo() {
    assertThatThrownBy(() -> PrequelFleet.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("client must not be null");
    assertThatThrownBy(() -> PrequelFleet.of(prequel).list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> PrequelFleet.of(prequel).list(PAGES_OF_TWO, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("where must not be null");
    assertThatThrownBy(() -> PrequelFleet.of(prequel).ids(ids(1)).update(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("update must not be null");
    assertThat(routes.calls()).isEmpty();
  }
}
