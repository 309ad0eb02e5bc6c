package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.testkit.FakePrequel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Prequel's create, test-destination and test-connection with changes laid over. */
class PrequelLifecycleCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String KEY = "sk_canary_prequel_42";
  private static final String PASSWORD = "canary-pg-password";
  private static final String BLOCK =
      "{\"postgres\":{\"host\":\"db.acme.example\",\"port\":5432,\"database\":\"analytics\","
          + "\"schema\":\"export\",\"auth_method\":\"password_auth\","
          + "\"password_auth\":{\"username\":\"exporter\",\"password\":\""
          + PASSWORD
          + "\"}}}";

  @TempDir Path dir;

  private FakePrequel fake;
  private Map<String, String> env;
  private Path block;

  @BeforeEach
  void start() throws Exception {
    fake = new FakePrequel(KEY);
    fake.start();
    fake.clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    fake.addDestination("dst_a", "postgres", null);
    env = Map.of(PrequelClient.API_KEY_ENV, KEY, PrequelClient.BASE_URL_ENV, fake.baseUrl());
    block = Files.writeString(dir.resolve("block.json"), BLOCK);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void createSendsTheDestinationAndPrintsIt() throws Exception {
    CliRun run =
        CliRun.of(
            env,
            "prequel",
            "create",
            "--name",
            "acme-warehouse",
            "--recipient",
            "rcp_acme",
            "--vendor-block",
            block.toString(),
            "--frequency-minutes",
            "360",
            "--model",
            "customers");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.destinationCount()).isEqualTo(2);
    assertThat(fake.lastRequest().bodyJson())
        .isEqualTo(
            MAPPER.readTree(
                "{\"destination\":{\"name\":\"acme-warehouse\",\"recipient_id\":\"rcp_acme\","
                    + "\"frequency_minutes\":360,\"enabled_models\":[\"customers\"],"
                    + "\"vendor\":\"postgres\","
                    + BLOCK.substring(1, BLOCK.length() - 1)
                    + "}}"));
    assertThat(run.out())
        .contains("acme-warehouse  postgres  true     360                customers");
    assertThat(run.all()).doesNotContain("canary");
  }

  @Test
  void createNeedsTheVendorBlock() {
    CliRun run = CliRun.of(env, "prequel", "create", "--name", "n", "--recipient", "r");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: Missing required option: '--vendor-block=FILE'\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aVendorBlockOfTheWrongShapeIsAUsageError() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "[1,2]");

    CliRun run =
        CliRun.of(
            env,
            "prequel",
            "create",
            "--name",
            "n",
            "--recipient",
            "r",
            "--vendor-block",
            bad.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: --vendor-block " + bad + " must be one object member {\"VENDOR\": {...}}\n");
  }

  @Test
  void testDestinationReportsTheVerdictAndSavesNothing() {
    fake.connectionTestVerdict("failure", "could not connect to db.acme.example:5432");

    CliRun run =
        CliRun.of(
            env,
            "prequel",
            "test-destination",
            "--name",
            "acme-warehouse",
            "--recipient",
            "rcp_acme",
            "--vendor-block",
            block.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo("STATUS   MESSAGE\nfailure  could not connect to db.acme.example:5432\n");
    assertThat(fake.destinationCount()).isEqualTo(1);
    assertThat(fake.lastRequest().path()).isEqualTo("/test-destination");
  }

  @Test
  void testConnectionWithChangesLaysThemOver() throws Exception {
    Path rotated =
        Files.writeString(
            dir.resolve("rotated.json"),
            "{\"postgres\":{\"password_auth\":{\"password\":\"canary-rotated\"}}}");

    CliRun run =
        CliRun.of(
            env,
            "prequel",
            "test-connection",
            "dst_a",
            "--vendor-block",
            rotated.toString(),
            "-o",
            "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().path()).isEqualTo("/destinations/dst_a/test-connection");
    assertThat(fake.lastRequest().bodyJson())
        .isEqualTo(
            MAPPER.readTree(
                "{\"destination\":{\"postgres\":"
                    + "{\"password_auth\":{\"password\":\"canary-rotated\"}}}}"));
    assertThat(MAPPER.readTree(run.out()))
        .isEqualTo(
            MAPPER.readTree(
                "{\"status\":\"success\",\"message\":\"Connection successful.\",\"passed\":true}"));
    assertThat(run.all()).doesNotContain("canary");
  }

  @Test
  void updateSendsAVendorBlockFromAFile() throws Exception {
    Path rotated =
        Files.writeString(
            dir.resolve("rotated.json"),
            "{\"postgres\":{\"password_auth\":{\"password\":\"canary-rotated\"}}}");

    CliRun run = CliRun.of(env, "prequel", "update", "dst_a", "--vendor-block", rotated.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().method()).isEqualTo("PATCH");
    assertThat(fake.lastRequest().bodyJson().get("destination").get("postgres"))
        .isEqualTo(MAPPER.readTree("{\"password_auth\":{\"password\":\"canary-rotated\"}}"));
    assertThat(run.all()).doesNotContain("canary");
  }
}
