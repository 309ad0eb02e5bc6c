package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code --fake}: every vendor's commands run offline against seeded sample destinations. */
class FakeModeTest {
  private static final String NOTE =
      "note: --fake: an in-process fake with sample data; nothing leaves this machine\n";

  @Test
  void prequelListNeedsNoCredential() {
    CliRun run = CliRun.of(Map.of(), "prequel", "list", "--fake");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEqualTo(NOTE);
    assertThat(run.out())
        .isEqualTo(
            "ID           NAME              VENDOR     ENABLED  FREQUENCY_MINUTES  MODELS\n"
                + "dst_acme     Acme warehouse    snowflake  true     60                 customers,invoices\n"
                + "dst_globex   Globex reporting  postgres   true     1440               customers\n"
                + "dst_initech  Initech lake      bigquery   false    60                 -\n");
  }

  @Test
  void launchDarklyListShowsTheSamples() {
    CliRun run = CliRun.of(Map.of(), "launchdarkly", "list", "--fake", "--environment", "staging");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "PROJECT  ENVIRONMENT  ID                   NAME             KIND           ON     VERSION\n"
                + "demo     staging      dst_pubsub           Pub/Sub          google-pubsub  true   1\n"
                + "demo     staging      dst_kinesis_staging  Staging Kinesis  kinesis        false  1\n");
  }

  @Test
  void theSampleSecretsAreMaskedInJson() throws Exception {
    CliRun run =
        CliRun.of(
            Map.of(), "ld", "get", "demo", "production", "dst_segment", "--fake", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(new ObjectMapper().readTree(run.out()).get("_id").asText()).isEqualTo("dst_segment");
    assertThat(run.out()).doesNotContain("sample-write-key");
  }

  @Test
  void stiggCreateAddsToTheSamples() {
    CliRun run = CliRun.of(Map.of(), "stigg", "create", "dst_new", "--type", "snowflake", "--fake");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "DESTINATION_ID  TYPE       CONNECTION  LAST_SYNC  MODELS\n"
                + "dst_snowflake   snowflake  connected   -          customers\n"
                + "dst_bigquery    bigquery   connected   -          customers,invoices\n"
                + "dst_redshift    redshift   connected   -          (full catalog)\n"
                + "dst_new         snowflake  connected   -          (full catalog)\n");
  }

  @Test
  void aFleetRunsAgainstTheFakeToo() {
    CliRun run =
        CliRun.of(
            Map.of(),
            "prequel",
            "fleet",
            "update",
            "--all",
            "--frequency-minutes",
            "60",
            "--apply",
            "--fake");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "KEY          STATUS     DETAIL\n"
                + "dst_acme     UNCHANGED  -\n"
                + "dst_globex   CHANGED    PATCH /destinations/dst_globex"
                + " {\"destination\":{\"frequency_minutes\":60}}\n"
                + "dst_initech  UNCHANGED  -\n"
                + "applied: 1 changed, 2 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 1 requests; completed\n");
  }

  @Test
  void aTransferWaitsOnTheFakesClockNotTheWallClock() {
    CliRun run = CliRun.of(Map.of(), "prequel", "transfer", "dst_acme", "--wait", "--fake");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("dst_acme     SUCCESS  2026-01-05T09:00:00Z  2026-01-05T09:00:05Z");
  }
}
