package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.testkit.FakeStigg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StiggLifecycleExampleTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void offlineWalksTheWholeLifecycleOnTheFakesClock() {
    StiggLifecycleExample.run(Map.of(), out);
    List<String> lines = lines();
    assertThat(lines.get(0))
        .matches(
            "Stigg lifecycle: offline against FakeStigg at http://(localhost|127\\.0\\.0\\.1):\\d+ "
                + "\\(set STIGG_API_KEY and DATAEXPORT_EXAMPLES_WRITE=1 to call the real API\\)");
    assertThat(lines.subList(1, lines.size() - 2))
        .containsExactly(
            "GET /api/v1/data-export/models: 2 groups, models customers, subscriptions, invoices,"
                + " usage_events, entitlements",
            "POST /api/v1/data-export/destinations: created dst_demo_lifecycle (snowflake, full"
                + " catalog); the integration has 1 destination(s)",
            "PATCH /api/v1/data-export/destinations/dst_demo_lifecycle: selected customers,"
                + " subscriptions",
            "POST /api/v1/data-export/sync (with a generated Idempotency-Key): started transfer"
                + " transfer_fake_1",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 0 s: PENDING",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 1 s: RUNNING",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 2 s: RUNNING",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 3 s: RUNNING",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 4 s: RUNNING",
            "POST /api/v1/data-export/destinations (repeated, to read the state) after 5 s: SUCCEEDED",
            "  transfer transfer_fake_1 moved 1284 rows");
    assertThat(lines.get(lines.size() - 2))
        .matches(
            "POST /api/v1/data-export/scoped-token: token \\*\\*\\*\\* for https://app.example.com,"
                + " expires .+Z");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo(
            "DELETE /api/v1/data-export/destinations/dst_demo_lifecycle: deleted; 0 destination(s)"
                + " left");
    assertThat(String.join("\n", lines)).doesNotContain("fake_scoped_");
  }

  @Test
  void realKeyWithoutTheWriteSwitchSendsNothing() {
    try (FakeStigg stigg = new FakeStigg()) {
      StiggLifecycleExample.run(
          Map.of("STIGG_API_KEY", stigg.apiKey(), "STIGG_BASE_URL", stigg.baseUrl()), out);
      assertThat(stigg.requests()).isEmpty();
    }
    assertThat(lines())
        .containsExactly(
            "Stigg lifecycle: STIGG_API_KEY is set but DATAEXPORT_EXAMPLES_WRITE is not 1; this"
                + " example creates and deletes a destination, so it sends nothing. Set"
                + " DATAEXPORT_EXAMPLES_WRITE=1 to run it against the real API.");
  }

  @Test
  void realModeTakesItsIdsFromTheVariables() {
    try (FakeStigg stigg = new FakeStigg()) {
      stigg.addIntegration("int_real");
      Map<String, String> env = new HashMap<>();
      env.put("STIGG_API_KEY", stigg.apiKey());
      env.put("STIGG_BASE_URL", stigg.baseUrl());
      env.put("DATAEXPORT_EXAMPLES_WRITE", "1");
      env.put("STIGG_DESTINATION_ID", "dst_real");
      env.put("STIGG_INTEGRATION_ID", "int_real");
      env.put("STIGG_DESTINATION_TYPE", "bigquery");
      env.put("STIGG_ENABLED_MODELS", "invoices, customers");
      env.put("STIGG_SYNC_WAIT_SECONDS", "0");
      StiggLifecycleExample.run(env, out);
      assertThat(stigg.hasDestination("dst_real")).isFalse();
      assertThat(stigg.transfers("dst_real")).isEmpty(); // forgotten with the destination
      assertThat(stigg.transferCount()).isEqualTo(1);
      assertThat(stigg.scopedTokenCount()).isZero();
      assertThat(stigg.requests())
          .extracting(r -> r.method() + " " + r.path())
          .containsExactly(
              "GET /api/v1/data-export/models",
              "POST /api/v1/data-export/destinations",
              "PATCH /api/v1/data-export/destinations/dst_real",
              "POST /api/v1/data-export/sync",
              "POST /api/v1/data-export/destinations",
              "DELETE /api/v1/data-export/destinations/dst_real");
      assertThat(stigg.requests().get(2).bodyText())
          .isEqualTo(
              "{\"integrationId\":\"int_real\",\"enabledModels\":[\"invoices\",\"customers\"]}");
    }
    List<String> lines = lines();
    assertThat(lines.get(0))
        .matches(
            "Stigg lifecycle: using the REAL API at http://(localhost|127\\.0\\.0\\.1):\\d+/ "
                + "\\(STIGG_API_KEY and DATAEXPORT_EXAMPLES_WRITE=1 are set\\)");
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("created dst_real (bigquery"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).contains("scoped-token"));
  }

  @Test
  void realModeWithoutIdsIsAUsageErrorAndSendsNothing() {
    try (FakeStigg stigg = new FakeStigg()) {
      Map<String, String> env =
          Map.of(
              "STIGG_API_KEY",
              stigg.apiKey(),
              "STIGG_BASE_URL",
              stigg.baseUrl(),
              "DATAEXPORT_EXAMPLES_WRITE",
              "1");
      assertThatThrownBy(() -> StiggLifecycleExample.run(env, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("missing STIGG_DESTINATION_ID")
          .hasMessageContaining("STIGG_INTEGRATION_ID")
          .hasMessageContaining("usage with STIGG_API_KEY and DATAEXPORT_EXAMPLES_WRITE=1 set");
      assertThat(stigg.requests()).isEmpty();
    }
    assertThat(lines()).isEmpty();
  }
}
