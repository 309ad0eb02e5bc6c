package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.testkit.FakeStigg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StiggExampleTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void offlineByDefault() {
    StiggExample.run(Map.of(), new String[0], out);
    List<String> lines = lines();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .matches(
            "Stigg: offline against FakeStigg at http://(localhost|127\\.0\\.0\\.1):\\d+ "
                + "\\(set STIGG_API_KEY to call the real API\\)");
    assertThat(lines.subList(1, 5))
        .containsExactly(
            "Updated dst_9f2a1c7b3e4d in int_demo: HTTP 200 after 1 attempt",
            "The integration has 2 destinations:",
            "  dst_9f2a1c7b3e4d (snowflake, connected): customers, invoices",
            "  dst_5e8b0a2c (bigquery, connected): subscriptions");
  }

  @Test
  void realModeSaysSoFirstAndUsesTheGivenIds() {
    try (FakeStigg stigg = new FakeStigg()) {
      stigg.addDestination("int_real", "dst_real", "snowflake");
      Map<String, String> env =
          Map.of(
              "STIGG_API_KEY",
              stigg.apiKey(),
              "STIGG_BASE_URL",
              stigg.baseUrl(),
              "STIGG_INTEGRATION_ID",
              "int_real",
              "STIGG_ENABLED_MODELS",
              "customers, plans");
      StiggExample.run(env, new String[] {"dst_real"}, out);
      assertThat(stigg.enabledModels("int_real", "dst_real"))
          .contains(List.of("customers", "plans"));
      assertThat(stigg.lastRequest().header("X-API-KEY")).hasValue(stigg.apiKey());
    }
    List<String> lines = lines();
    assertThat(lines.get(0))
        .matches(
            "Stigg: using the REAL API at http://(localhost|127\\.0\\.0\\.1):\\d+/ \\(STIGG_API_KEY is set\\)");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "Updated dst_real in int_real: HTTP 200 after 1 attempt",
            "The integration has 1 destination:",
            "  dst_real (snowflake, connected): customers, plans");
  }

  @Test
  void realModeTakesEverythingFromArguments() {
    try (FakeStigg stigg = new FakeStigg()) {
      stigg.addDestination("int_a", "dst_a", "snowflake");
      StiggExample.run(
          Map.of("STIGG_API_KEY", stigg.apiKey(), "STIGG_BASE_URL", stigg.baseUrl()),
          new String[] {"dst_a", "int_a", "orders"},
          out);
      assertThat(stigg.enabledModels("int_a", "dst_a")).contains(List.of("orders"));
    }
  }

  @Test
  void realModeWithoutIdsIsAUsageErrorAndSendsNothing() {
    try (FakeStigg stigg = new FakeStigg()) {
      Map<String, String> env =
          Map.of("STIGG_API_KEY", stigg.apiKey(), "STIGG_BASE_URL", stigg.baseUrl());
      assertThatThrownBy(() -> StiggExample.run(env, new String[0], out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("missing destination id (argument 1 or STIGG_DESTINATION_ID)")
          .hasMessageContaining("usage with STIGG_API_KEY set");
      assertThatThrownBy(() -> StiggExample.run(env, new String[] {"dst_a", "int_a"}, out))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("missing models");
      assertThat(stigg.requests()).isEmpty();
    }
    assertThat(lines()).isEmpty();
  }
}
