package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeStigg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs the README's fleet samples against the fakes, so they are not only compiled but work. */
class FleetReadmeSamplesRunTest {
  private static final Path STIGG_JOURNAL = Path.of("enable-usage.journal");
  private static final List<String> MODELS = List.of("customers", "invoices", "usage_events");

  @RegisterExtension final FakeStigg stigg = new FakeStigg();
  @RegisterExtension final FakeLaunchDarkly ld = new FakeLaunchDarkly();
  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  @AfterEach
  void deleteJournal() throws IOException {
    Files.deleteIfExists(STIGG_JOURNAL);
  }

  @Test
  void theStiggSamplePlansAppliesAndARerunSkipsWhatIsDone() throws IOException {
    Files.deleteIfExists(STIGG_JOURNAL);
    stigg
        .addDestination("int_1", "dst_1", "snowflake")
        .addDestination("int_1", "dst_2", "bigquery");
    String printed =
        capture(
            () ->
                FleetReadmeSamples.enableUsageEverywhere(
                    stigg.client(), List.of("dst_1", "dst_2")));
    assertThat(printed)
        .contains("dst_1: CHANGED PATCH /api/v1/data-export/destinations/dst_1")
        .contains("FleetResult{changed=2, unchanged=0, failed=0, skipped=0");
    assertThat(stigg.enabledModels("int_1", "dst_2")).hasValue(MODELS);

    String rerun =
        capture(
            () ->
                FleetReadmeSamples.enableUsageEverywhere(
                    stigg.client(), List.of("dst_1", "dst_2")));
    assertThat(rerun).contains("FleetResult{changed=0, unchanged=0, failed=0, skipped=2");
  }

  @Test
  void theLaunchDarklySamplePausesOnlyTheKinesisDestinationsThatAreOn() {
    Map<String, String> config =
        Map.of("region", "us-east-1", "roleArn", "arn:aws:iam::1:role/x", "streamName", "s");
    DestinationKey on = DestinationKey.of("shop", "production", "k1");
    DestinationKey off = DestinationKey.of("shop", "production", "k2");
    DestinationKey staging = DestinationKey.of("shop", "staging", "k3");
    ld.addDestination(on, "kinesis", "k1", true, config)
        .addDestination(off, "kinesis", "k2", false, config)
        .addDestination(staging, "kinesis", "k3", true, config);

    FleetResult result = FleetReadmeSamples.pauseKinesis(ld.client());

    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(ld.destination(on).orElseThrow().path("on").asBoolean()).isFalse();
    assertThat(ld.destination(staging).orElseThrow().path("on").asBoolean()).isTrue();
  }

  @Test
  void thePrequelSampleMovesTheListedSnowflakeDestinationsToHourly() {
    prequel.addDestination(destination("sf-daily", "snowflake", 1440));
    prequel.addDestination(destination("sf-hourly", "snowflake", 60));
    prequel.addDestination(destination("pg-daily", "postgres", 1440));

    FleetResult result = FleetReadmeSamples.hourlySnowflake(prequel.client());

    assertThat(result.changed()).isEqualTo(1);
    assertThat(result.unchanged()).isEqualTo(1);
    assertThat(
            prequel.storedDestination("sf-daily").orElseThrow().path("frequency_minutes").asLong())
        .isEqualTo(60);
    assertThat(
            prequel.storedDestination("pg-daily").orElseThrow().path("frequency_minutes").asLong())
        .isEqualTo(1440);
  }

  private static ObjectNode destination(String id, String vendor, long frequencyMinutes) {
    ObjectNode destination = JsonNodeFactory.instance.objectNode();
    destination.put("id", id).put("vendor", vendor).put("frequency_minutes", frequencyMinutes);
    destination.putObject(vendor);
    return destination;
  }

  private static String capture(Runnable sample) {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      sample.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
