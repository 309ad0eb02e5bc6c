package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.testkit.FakePrequel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prequel fleet update}: the paged list, a vendor filter, ids, masked credentials. */
class PrequelFleetCommandTest {
  private static final String KEY = "sk_canary_prequel_fleet";
  private static final Consumer<ClientBuilder<?>> FIXED_CLOCK =
      builder -> builder.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  @TempDir Path dir;

  private FakePrequel fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakePrequel(KEY);
    fake.start();
    fake.addDestination("dst_a", "snowflake", null);
    fake.addDestination("dst_b", "postgres", null);
    fake.addDestination("dst_c", "postgres", null);
    env = Map.of(PrequelClient.API_KEY_ENV, KEY, PrequelClient.BASE_URL_ENV, fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private CliRun run(String... args) {
    return CliRun.of(env, FIXED_CLOCK, false, Interrupts.none(), args);
  }

  @Test
  void thePlanFollowsEveryPageAndSkipsWhatAlreadyMatches() {
    CliRun run =
        run(
            "prequel",
            "fleet",
            "update",
            "--all",
            "--page-size",
            "1",
            "--frequency-minutes",
            "60",
            "--disable");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "KEY    STATUS   DETAIL\n"
                + "dst_a  CHANGED  PATCH /destinations/dst_a"
                + " {\"destination\":{\"frequency_minutes\":60,\"is_enabled\":false}}\n"
                + "dst_b  CHANGED  PATCH /destinations/dst_b"
                + " {\"destination\":{\"frequency_minutes\":60,\"is_enabled\":false}}\n"
                + "dst_c  CHANGED  PATCH /destinations/dst_c"
                + " {\"destination\":{\"frequency_minutes\":60,\"is_enabled\":false}}\n"
                + "plan: 3 to change, 0 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 0 requests; completed\n");
    assertThat(fake.storedDestination("dst_a").orElseThrow().get("is_enabled").asBoolean())
        .isTrue();
  }

  @Test
  void applyChangesOnlyTheVendorsDestinationsThatDiffer() {
    CliRun first = run("prequel", "update", "dst_b", "--frequency-minutes", "15");
    assertThat(first.code()).isEqualTo(ExitCodes.OK);

    CliRun run =
        run(
            "prequel",
            "fleet",
            "update",
            "--vendor",
            "postgres",
            "--frequency-minutes",
            "15",
            "--apply",
            "--concurrency",
            "1");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "KEY    STATUS     DETAIL\n"
                + "dst_b  UNCHANGED  -\n"
                + "dst_c  CHANGED    PATCH /destinations/dst_c"
                + " {\"destination\":{\"frequency_minutes\":15}}\n"
                + "applied: 1 changed, 1 unchanged, 0 failed, 0 skipped, 0 not attempted;"
                + " 1 requests; completed\n");
    assertThat(fake.storedDestination("dst_c").orElseThrow().get("frequency_minutes").asLong())
        .isEqualTo(15);
    assertThat(fake.storedDestination("dst_a").orElseThrow().get("frequency_minutes").asLong())
        .isEqualTo(60);
  }

  @Test
  void aCredentialInTheVendorBlockNeverPrints() throws Exception {
    Path ids = Files.writeString(dir.resolve("ids"), "dst_b\ndst_c\n");
    Path block =
        Files.writeString(
            dir.resolve("block.json"),
            "{\"postgres\":{\"password_auth\":{\"password\":\"canary-new-password\"}}}");

    for (String format : new String[] {"table", "json"}) {
      CliRun run =
          run(
              "prequel",
              "fleet",
              "update",
              "--ids-from",
              ids.toString(),
              "--vendor-block",
              block.toString(),
              "-o",
              format);

      assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("\"password\":\"****\"");
      assertThat(run.all()).doesNotContain("canary");
    }
  }

  @Test
  void aFleetWithoutAChangeIsAUsageError() {
    CliRun run = run("prequel", "fleet", "update", "--all");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: give at least one change (--frequency-minutes, --disable, ...)\n");
    assertThat(fake.requestCount()).isZero();
  }
}
