package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchDarklyFleetExampleTest {
  @Test
  void pausesTheEnvironmentsSegmentDestinationsAcrossACrashWithTheWriteKeyMasked()
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LaunchDarklyFleetExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String output = bytes.toString(StandardCharsets.UTF_8);
    List<String> lines = output.lines().toList();

    assertThat(lines).hasSize(8);
    assertThat(lines.get(1))
        .isEqualTo(
            "plan: 6 changed, 2 unchanged, 0 failed, 0 skipped, 0 not attempted; 0 requests,"
                + " COMPLETED");
    assertThat(lines.get(2))
        .isEqualTo(
            "  shop/production/seg-01: CHANGED PATCH /api/v2/destinations/shop/production/seg-01"
                + " {\"comment\":\"migration: pause Segment exports\",\"patch\":["
                + "{\"op\":\"test\",\"path\":\"/version\",\"value\":1},"
                + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                + "{\"op\":\"replace\",\"path\":\"/config/writeKey\",\"value\":\"****\"}]}");
    assertThat(lines.get(3)).startsWith("  progress: 4 items, ");
    assertThat(lines.get(4))
        .isEqualTo(
            "apply, stopped by a simulated crash: 3 changed, 1 unchanged, 0 failed, 0 skipped, 0"
                + " not attempted; 3 requests, ERROR");
    assertThat(lines.get(5)).startsWith("  progress: 8 items, ");
    assertThat(lines.get(6))
        .isEqualTo(
            "resume from the journal: 3 changed, 1 unchanged, 0 failed, 4 skipped, 0 not"
                + " attempted; 3 requests, COMPLETED");
    assertThat(lines.get(7))
        .isEqualTo(
            "FakeLaunchDarklyServer: 8/8 production destinations off, 2/2 staging still on; 6 PATCHes"
                + " (none doubled)");
    assertThat(output).doesNotContain("new-write-key-2026", "old-write-key");
  }
}
