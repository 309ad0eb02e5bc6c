package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.testkit.FakeLaunchDarkly;
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

/** {@code launchdarkly fleet update}: the list query, secrets in plans, Ctrl-C and resume. */
class LaunchDarklyFleetCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TOKEN = "api-canary-ld-fleet";
  private static final String NEW_WRITE_KEY = "canary-rotated-write-key";
  private static final Consumer<ClientBuilder<?>> FIXED_CLOCK =
      builder -> builder.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  private static final List<DestinationKey> KEYS =
      List.of(
          DestinationKey.of("proj", "prod", "dst_1"),
          DestinationKey.of("proj", "prod", "dst_2"),
          DestinationKey.of("proj", "prod", "dst_3"),
          DestinationKey.of("proj", "test", "dst_4"));

  @TempDir Path dir;

  private FakeLaunchDarkly fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakeLaunchDarkly(TOKEN);
    fake.start();
    fake.addDestination(KEYS.get(0), "kinesis", "K1", true, Map.of("region", "us-east-1"));
    fake.addDestination(KEYS.get(1), "kinesis", "K2", false, Map.of("region", "us-east-1"));
    fake.addDestination(KEYS.get(2), "segment", "S3", true, Map.of("writeKey", "canary-old-key"));
    fake.addDestination(KEYS.get(3), "kinesis", "K4", true, Map.of("region", "us-east-1"));
    env =
        Map.of(
            LaunchDarklyClient.ACCESS_TOKEN_ENV,
            TOKEN,
            LaunchDarklyClient.BASE_URL_ENV,
            fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private boolean on(DestinationKey key) {
    return fake.destination(key).orElseThrow().get("on").asBoolean();
  }

  @Test
  void thePlanNarrowsByTheQueryAndLeavesMatchingDestinationsUnchanged() {
    CliRun run =
        CliRun.of(
            env,
            FIXED_CLOCK,
            false,
            Interrupts.none(),
            "ld",
            "fleet",
            "update",
            "--project",
            "proj",
            "--environment",
            "prod",
            "--kind",
            "kinesis",
            "--set",
            "on=false");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "KEY              STATUS     DETAIL\n"
                + "proj/prod/dst_1  CHANGED    PATCH /api/v2/destinations/proj/prod/dst_1"
                + " [{\"op\":\"test\",\"path\":\"/version\",\"value\":1},"
                + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]\n"
                + "proj/prod/dst_2  UNCHANGED  -\n"
                + "plan: 1 to change, 1 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 0 requests; completed\n");
    assertThat(run.err()).isEqualTo("progress: 2 items, 0.0/s\n");
    assertThat(on(KEYS.get(0))).isTrue();
  }

  @Test
  void aSecretInThePlanIsMaskedInTheTableAndInJson() throws Exception {
    for (String format : List.of("table", "json")) {
      CliRun run =
          CliRun.of(
              env,
              FIXED_CLOCK,
              false,
              Interrupts.none(),
              "ld",
              "fleet",
              "update",
              "--kind",
              "segment",
              "--set",
              "config.writeKey=" + NEW_WRITE_KEY,
              "-o",
              format);

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("/config/writeKey").contains("****");
      assertThat(run.all()).doesNotContain("canary").doesNotContain(TOKEN);
    }
  }

  @Test
  void ctrlCStopsTheFleetCleanlyAndARerunWithTheJournalResumes() throws Exception {
    Path journal = dir.resolve("off.journal");
    TestInterrupts interrupts = new TestInterrupts();
    // Ctrl-C arrives while the first item's patch is in flight: it finishes, nothing else starts.
    fake.beforeNextPatch(interrupts::press);
    String[] args = {
      "ld",
      "fleet",
      "update",
      "--project",
      "proj",
      "--set",
      "on=false",
      "--apply",
      "--concurrency",
      "1",
      "--journal",
      journal.toString(),
      "-o",
      "json"
    };

    CliRun interrupted = CliRun.of(env, FIXED_CLOCK, false, interrupts, args);

    assertThat(interrupted.code()).as(interrupted.err()).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(interrupted.err())
        .endsWith("interrupted: items not attempted are left for a rerun\n");
    assertThat(interrupts.open()).isZero();
    assertThat(on(KEYS.get(0))).isFalse();
    assertThat(on(KEYS.get(2))).isTrue();
    assertThat(on(KEYS.get(3))).isTrue();
    assertThat(Files.readAllLines(journal)).containsExactly("changed\tproj/prod/dst_1");
    List<String> lines = interrupted.out().lines().toList();
    assertThat(MAPPER.readTree(lines.get(lines.size() - 1)).get("summary").get("stop").asText())
        .isEqualTo("CANCELLED");

    CliRun resumed = CliRun.of(env, FIXED_CLOCK, false, new TestInterrupts(), args);

    assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCodes.OK);
    assertThat(resumed.out().lines().map(line -> line.replaceAll(",\"request\":.*,", ",")))
        .containsExactly(
            "{\"key\":\"proj/prod/dst_1\",\"status\":\"SKIPPED\",\"requests\":0}",
            "{\"key\":\"proj/prod/dst_2\",\"status\":\"UNCHANGED\",\"requests\":0}",
            "{\"key\":\"proj/prod/dst_3\",\"status\":\"CHANGED\",\"requests\":1}",
            "{\"key\":\"proj/test/dst_4\",\"status\":\"CHANGED\",\"requests\":1}",
            "{\"summary\":{\"mode\":\"apply\",\"changed\":2,\"unchanged\":1,\"failed\":0,"
                + "\"skipped\":1,\"notAttempted\":0,\"requestsSent\":2,\"stop\":\"COMPLETED\"}}");
    assertThat(KEYS).allSatisfy(key -> assertThat(on(key)).isFalse());
    assertThat(Files.readAllLines(journal))
        .containsExactly(
            "changed\tproj/prod/dst_1",
            "unchanged\tproj/prod/dst_2",
            "changed\tproj/prod/dst_3",
            "changed\tproj/test/dst_4");
  }

  @Test
  void keysFromAFileAreReadOneByOne() throws Exception {
    Path ids = Files.writeString(dir.resolve("keys.txt"), "proj/test/dst_4\nproj/prod/dst_2\n");

    CliRun run =
        CliRun.of(
            env,
            FIXED_CLOCK,
            false,
            Interrupts.none(),
            "ld",
            "fleet",
            "update",
            "--ids-from",
            ids.toString(),
            "--set",
            "on=false",
            "--apply",
            "--concurrency",
            "1");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .endsWith(
            "applied: 1 changed, 1 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 3 requests; completed\n");
    assertThat(on(KEYS.get(3))).isFalse();
    assertThat(on(KEYS.get(0))).isTrue();
  }

  @Test
  void aQueryAndAnIdsFileTogetherIsAUsageError() {
    CliRun run =
        CliRun.of(
            env,
            "ld",
            "fleet",
            "update",
            "--kind",
            "kinesis",
            "--ids-from",
            "-",
            "--set",
            "on=false");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: --ids-from and a list query (--project, --environment, --kind) exclude each"
                + " other\n");
    assertThat(fake.requestCount()).isZero();
  }
}
