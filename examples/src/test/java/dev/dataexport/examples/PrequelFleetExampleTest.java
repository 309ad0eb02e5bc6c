package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrequelFleetExampleTest {
  @Test
  void rotatesTheRegionsPasswordsPageByPageAcrossACrashWithThePasswordMasked() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrequelFleetExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();

    assertThat(lines).hasSize(8);
    assertThat(lines.get(1))
        .isEqualTo(
            "plan: 7 changed, 1 unchanged, 0 failed, 0 skipped, 0 not attempted; 0 requests,"
                + " COMPLETED");
    assertThat(lines.get(2))
        .isEqualTo(
            "  pg-01: CHANGED PATCH /destinations/pg-01 {\"destination\":{\"postgres\":{"
                + "\"host\":\"db-1.eu.example.com\",\"port\":5432,\"database\":\"analytics\","
                + "\"schema\":\"export\",\"auth_method\":\"password_auth\",\"password_auth\":"
                + "{\"username\":\"exporter\",\"password\":\"****\"}}}}");
    assertThat(lines.get(3)).startsWith("  progress: 3 items, ");
    assertThat(lines.get(4))
        .isEqualTo(
            "apply, stopped by a simulated crash: 2 changed, 1 unchanged, 0 failed, 0 skipped, 0"
                + " not attempted; 2 requests, ERROR");
    assertThat(lines.get(5)).startsWith("  progress: 8 items, ");
    assertThat(lines.get(6))
        .isEqualTo(
            "resume from the journal: 5 changed, 0 unchanged, 0 failed, 3 skipped, 0 not"
                + " attempted; 5 requests, COMPLETED");
    // The crashed run fetched one page and stopped reading; plan and resume read all three.
    assertThat(lines.get(7))
        .isEqualTo(
            "FakePrequelServer: 7 PATCHes for 7 enabled eu destinations (none doubled), 7 list pages"
                + " fetched over three runs");
    assertThat(output).doesNotContain("rotated-2026-12");
  }
}
