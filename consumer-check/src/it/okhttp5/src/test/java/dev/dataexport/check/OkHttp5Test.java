package dev.dataexport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeStigg;
import dev.dataexport.testkit.ReceivedRequest;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** All three clients and their fakes on OkHttp 5 and MockWebServer 5. */
class OkHttp5Test {
  @RegisterExtension final FakeStigg stigg = new FakeStigg();
  @RegisterExtension final FakeLaunchDarkly launchDarkly = new FakeLaunchDarkly();
  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  @Test
  void runsOnOkHttp5() {
    String jar = OkHttpClient.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    assertTrue(jar.endsWith("okhttp-jvm-5.5.1.jar"), jar);
  }

  @Test
  void stiggThroughTheFakeRecordsTheRequest() {
    stigg.addDestination("int_1", "dst_1", "snowflake");
    stigg
        .client()
        .destinations()
        .updateSelection(
            "dst_1",
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers")
                .build());
    ReceivedRequest last = stigg.lastRequest();
    assertEquals("PATCH", last.method());
    assertEquals("customers", last.bodyJson().get("enabledModels").get(0).asText());
  }

  @Test
  void launchDarklyAndPrequelThroughTheFakes() {
    DestinationKey key = DestinationKey.of("proj", "production", "dest-1");
    launchDarkly.addDestination(
        key, "google-pubsub", "exports", true, Map.of("project", "p", "topic", "t"));
    var patched =
        launchDarkly
            .client()
            .destinations()
            .patch(key, JsonPatch.builder().test("/version", 1).replace("/on", false).build());
    assertEquals(Optional.of(false), patched.on());

    prequel.addDestination("dst_1", "postgres", null);
    var updated =
        prequel
            .client()
            .destinations()
            .update("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());
    assertEquals(OptionalLong.of(15), updated.frequencyMinutes());
  }
}
