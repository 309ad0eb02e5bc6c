package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeStigg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stigg fleet update-selection}: plan, apply, JSON lines, the failure limit, progress. */
class StiggFleetCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CANARY = "sk_canary_fleet_777";
  private static final String INTEGRATION = FakeStigg.DEFAULT_INTEGRATION_ID;

  /** A clock that stands still, so progress lines are exact. */
  private static final Consumer<ClientBuilder<?>> FIXED_CLOCK =
      builder -> builder.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @TempDir Path dir;

  private FakeStigg fake;
  private Map<String, String> env;
  private Path ids;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeStigg(CANARY, "canary.jwt.fleet", "env_1");
    fake.start();
    fake.addDestination(INTEGRATION, "dst_1", "snowflake");
    fake.addDestination(INTEGRATION, "dst_2", "bigquery");
    env = Map.of(StiggClient.API_KEY_ENV, CANARY, StiggClient.BASE_URL_ENV, fake.baseUrl());
    ids = Files.writeString(dir.resolve("ids.txt"), "dst_1\n# not this one\n\nnope\ndst_2\n");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private CliRun fleet(boolean terminal, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "stigg",
                "fleet",
                "update-selection",
                "--ids-from",
                ids.toString(),
                "--integration",
                INTEGRATION,
                "--model",
                "customers"));
    args.addAll(List.of(extra));
    if (!args.contains("--concurrency")) {
      // One call at a time: the JSON lines come in input order.
      args.addAll(List.of("--concurrency", "1"));
    }
    return CliRun.of(env, FIXED_CLOCK, terminal, Interrupts.none(), args.toArray(String[]::new));
  }

  @Test
  void thePlanIsTheDefaultAndSendsNothing() {
    CliRun run = fleet(false);

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    String body = " {\"integrationId\":\"" + INTEGRATION + "\",\"enabledModels\":[\"customers\"]}";
    assertThat(run.out())
        .isEqualTo(
            "KEY    STATUS   DETAIL\n"
                + "dst_1  CHANGED  PATCH /api/v1/data-export/destinations/dst_1"
                + body
                + "\n"
                + "nope   CHANGED  PATCH /api/v1/data-export/destinations/nope"
                + body
                + "\n"
                + "dst_2  CHANGED  PATCH /api/v1/data-export/destinations/dst_2"
                + body
                + "\n"
                + "plan: 3 to change, 0 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 0 requests; completed\n");
    assertThat(run.err()).isEqualTo("progress: 3 items, 0.0/s\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void applyPrintsJsonLinesAndExitsThreeWhenAnItemFailed() throws Exception {
    CliRun run = fleet(false, "--apply", "--output", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.FLEET_FAILURES);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    String request =
        "\"request\":{\"method\":\"PATCH\",\"path\":\"/api/v1/data-export/destinations/%s\","
            + "\"body\":{\"integrationId\":\""
            + INTEGRATION
            + "\",\"enabledModels\":[\"customers\"]}}";
    assertThat(MAPPER.readTree(lines.get(0)))
        .isEqualTo(
            MAPPER.readTree(
                "{\"key\":\"dst_1\",\"status\":\"CHANGED\","
                    + request.formatted("dst_1")
                    + ",\"requests\":1}"));
    assertThat(MAPPER.readTree(lines.get(1)).get("status").asText()).isEqualTo("FAILED");
    assertThat(MAPPER.readTree(lines.get(1)).get("error").get("type").asText())
        .isEqualTo("ApiException.NotFound");
    assertThat(MAPPER.readTree(lines.get(1)).get("error").get("status").asInt()).isEqualTo(404);
    assertThat(MAPPER.readTree(lines.get(2)).get("key").asText()).isEqualTo("dst_2");
    assertThat(MAPPER.readTree(lines.get(3)))
        .isEqualTo(
            MAPPER.readTree(
                "{\"summary\":{\"mode\":\"apply\",\"changed\":2,\"unchanged\":0,\"failed\":1,"
                    + "\"skipped\":0,\"notAttempted\":0,\"requestsSent\":3,\"stop\":\"COMPLETED\"}}"));
    assertThat(fake.enabledModels(INTEGRATION, "dst_1")).contains(List.of("customers"));
    assertThat(fake.enabledModels(INTEGRATION, "dst_2")).contains(List.of("customers"));
    assertThat(run.all()).doesNotContain("canary");
  }

  @Test
  void aPlanWithTheJournalOfAnApplyShowsWhatIsDone() throws Exception {
    Path journal = dir.resolve("selection.journal");
    CliRun plan = fleet(false, "--journal", journal.toString());
    assertThat(plan.code()).isEqualTo(ExitCodes.OK);
    assertThat(journal).as("a plan creates no journal").doesNotExist();

    CliRun apply = fleet(false, "--apply", "--journal", journal.toString());
    assertThat(apply.code()).isEqualTo(ExitCodes.FLEET_FAILURES);
    CliRun replan = fleet(false, "--journal", journal.toString());

    assertThat(replan.code()).as(replan.err()).isEqualTo(ExitCodes.OK);
    assertThat(replan.out())
        .startsWith(
            "KEY    STATUS   DETAIL\n"
                + "dst_1  SKIPPED  done in an earlier run\n"
                + "nope   CHANGED  PATCH /api/v1/data-export/destinations/nope")
        .contains("dst_2  SKIPPED  done in an earlier run\n")
        .endsWith(
            "plan: 1 to change, 0 unchanged, 0 failed, 2 skipped, 0 not attempted;"
                + " 0 requests; completed\n");
  }

  @Test
  void maxFailuresStopsStartingItems() {
    CliRun run = fleet(false, "--apply", "--max-failures", "1");

    assertThat(run.code()).isEqualTo(ExitCodes.FLEET_FAILURES);
    assertThat(run.out())
        .endsWith(
            "applied: 1 changed, 0 unchanged, 1 failed, 0 skipped, 0 not attempted;"
                + " 2 requests; failure limit\n");
    assertThat(fake.enabledModels(INTEGRATION, "dst_2")).isEmpty();
  }

  @Test
  void progressIsABarOnATerminal() {
    CliRun run = fleet(true);

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEqualTo("\r[" + "?".repeat(30) + "] 3 items, 0.0/s\u001b[K\n");
    assertThat(run.out()).doesNotContain("\r");
  }

  @Test
  void progressIsPlainLinesElsewhere() {
    CliRun run = fleet(false);

    assertThat(run.err()).isEqualTo("progress: 3 items, 0.0/s\n").doesNotContain("\r");
  }

  @Test
  void progressCanBeForcedOrTurnedOff() {
    assertThat(fleet(false, "--progress", "bar").err())
        .isEqualTo("\r[" + "?".repeat(30) + "] 3 items, 0.0/s\u001b[K\n");
    assertThat(fleet(true, "--progress", "plain").err()).isEqualTo("progress: 3 items, 0.0/s\n");
    CliRun quiet = fleet(true, "--progress", "none");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).endsWith("0 requests; completed\n");
  }

  @Test
  void planAndApplyTogetherIsAUsageError() {
    CliRun run = fleet(false, "--plan", "--apply");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: --plan, --apply are mutually exclusive");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aConcurrencyBelowOneIsAUsageError() {
    CliRun run = fleet(false, "--concurrency", "0");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: concurrency must be");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aJournalThatCannotBeOpenedIsAUsageError() {
    CliRun run = fleet(false, "--apply", "--journal", dir.resolve("no/such/dir/j").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: cannot open --journal ");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aMissingIdsFileIsAUsageError() {
    CliRun run =
        CliRun.of(
            env,
            "stigg",
            "fleet",
            "update-selection",
            "--ids-from",
            dir.resolve("none.txt").toString(),
            "--integration",
            INTEGRATION,
            "--model",
            "customers");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: cannot read --ids-from ");
    assertThat(fake.requestCount()).isZero();
  }
}
