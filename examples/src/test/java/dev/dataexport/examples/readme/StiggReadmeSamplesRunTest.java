package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.testkit.FakeStigg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's Stigg lifecycle and idempotency samples against FakeStigg. */
class StiggReadmeSamplesRunTest {
  @RegisterExtension final FakeStigg stigg = new FakeStigg().addIntegration("int_1");

  @Test
  void lifecycleSampleWalksTheFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      assertThat(StiggReadmeSamples.lifecycle(stigg.client())).isEqualTo(stigg.modelIds());
    } finally {
      System.setOut(previous);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("transfer transfer_fake_1").contains("****").contains("[]");
    assertThat(printed).doesNotContain("fake_scoped_");
    assertThat(stigg.hasDestination("dst_9f2a1c7b3e4d")).isFalse();
    assertThat(stigg.scopedTokenCount()).isEqualTo(1);
  }

  @Test
  void idempotencySampleSendsTheChosenKeyThenNone() {
    stigg
        .addDestination("int_1", "dst_1", "snowflake")
        .syncDurations(java.time.Duration.ZERO, java.time.Duration.ZERO);
    StiggReadmeSamples.idempotencyKeys(stigg.client());
    assertThat(stigg.requests().get(0).header("Idempotency-Key").orElse(null))
        .isEqualTo("nightly-sync-2026-06-04");
    assertThat(stigg.requests().get(1).header("Idempotency-Key").orElse(null)).isNull();
    assertThat(stigg.transferCount()).isEqualTo(2);
  }
}
