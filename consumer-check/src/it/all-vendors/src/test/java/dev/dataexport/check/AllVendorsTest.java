package dev.dataexport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeStigg;
import dev.dataexport.testkit.ReceivedRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Compiled and run with only what sdk-bom gives a user: if a module's published POM missed a
 * dependency, or the BOM missed a module, this would not build or not run.
 */
class AllVendorsTest {
  @RegisterExtension final FakeStigg stigg = new FakeStigg();
  @RegisterExtension final FakeLaunchDarkly launchDarkly = new FakeLaunchDarkly();
  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  @Test
  void stiggUpdatesSelection() {
    stigg.addDestination("int_1", "dst_1", "snowflake");

    DestinationList result =
        stigg
            .client()
            .destinations()
            .updateSelection(
                "dst_1",
                UpdateSelectionRequest.builder()
                    .integrationId("int_1")
                    .addEnabledModels("customers")
                    .build());

    assertEquals(
        Optional.of(List.of("customers")), result.find("dst_1").flatMap(d -> d.enabledModels()));
    assertEquals(Optional.of(List.of("customers")), stigg.enabledModels("int_1", "dst_1"));
    // The testkit's own record of the request, no MockWebServer type involved.
    ReceivedRequest last = stigg.lastRequest();
    assertEquals("PATCH", last.method());
    assertEquals(Optional.of(stigg.apiKey()), last.header("x-api-key"));
    assertEquals("int_1", last.bodyJson().get("integrationId").asText());
  }

  @Test
  void launchDarklyPatchesDestination() {
    DestinationKey key = DestinationKey.of("proj", "production", "dest-1");
    launchDarkly.addDestination(
        key, "google-pubsub", "exports", true, Map.of("project", "p", "topic", "t"));

    var result =
        launchDarkly
            .client()
            .destinations()
            .patch(key, JsonPatch.builder().test("/version", 1).replace("/on", false).build());

    assertEquals(Optional.of(false), result.on());
    assertEquals(OptionalLong.of(2), result.version());
  }

  @Test
  void prequelUpdatesSchedule() {
    prequel.addDestination("dst_1", "postgres", null);

    var result =
        prequel
            .client()
            .destinations()
            .update("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());

    assertEquals(OptionalLong.of(15), result.frequencyMinutes());
    assertEquals(
        15, prequel.storedDestination("dst_1").orElseThrow().get("frequency_minutes").asInt());
  }
}
