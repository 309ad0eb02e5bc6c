package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StiggFleetExampleTest {
  @Test
  void plansAppliesUntilTheCrashAndResumesWithoutDoublingAChange() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StiggFleetExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lines).hasSize(8);
    assertThat(lines.get(0))
        .matches(
            "Stigg fleet: offline against FakeStiggServer at http://(localhost|127\\.0\\.0\\.1):\\d+, 12"
                + " destinations");
    assertThat(lines.get(1))
        .isEqualTo(
            "plan: 9 changed, 3 unchanged, 0 failed, 0 skipped, 0 not attempted; 0 requests,"
                + " COMPLETED");
    assertThat(lines.get(2))
        .isEqualTo(
            "  dst_fleet_01: CHANGED PATCH /api/v1/data-export/destinations/dst_fleet_01"
                + " {\"integrationId\":\"int_data_export\",\"enabledModels\":[\"customers\","
                + "\"invoices\",\"usage_events\"]}");
    assertThat(lines.get(3))
        .startsWith("  progress: 5/12 items, "); // the 7 not attempted are not done
    assertThat(lines.get(4))
        .isEqualTo(
            "apply, stopped by a simulated crash: 4 changed, 1 unchanged, 0 failed, 0 skipped, 7"
                + " not attempted; 4 requests, ERROR");
    assertThat(lines.get(5)).startsWith("  progress: 12/12 items, ");
    assertThat(lines.get(6))
        .isEqualTo(
            "resume from the journal: 5 changed, 2 unchanged, 0 failed, 5 skipped, 0 not"
                + " attempted; 5 requests, COMPLETED");
    assertThat(lines.get(7))
        .isEqualTo(
            "FakeStiggServer: 12/12 destinations export customers, invoices, usage_events; 9 PATCHes for"
                + " 9 changes (none doubled)");
  }
}
