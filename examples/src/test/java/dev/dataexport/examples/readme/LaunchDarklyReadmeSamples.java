package dev.dataexport.examples.readme;

import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.MergePatch;

/** The README's LaunchDarkly samples, verbatim, so the build compiles them (ReadmeSamplesCompiledTest). */
final class LaunchDarklyReadmeSamples {
  private LaunchDarklyReadmeSamples() {}

  static void quickstart() {
    try (LaunchDarklyClient ld = LaunchDarklyClient.fromEnv()) {   // LAUNCHDARKLY_ACCESS_TOKEN, optional LAUNCHDARKLY_BASE_URL
      var d = ld.destinations().update(DestinationKey.of("proj", "production", "dest-id"),
          DestinationChange.builder()
              .on(false)                                           // turn exports off
              .config("topic", "exports")                          // change one config field
              .comment("pause during the migration")               // shown in LaunchDarkly's audit log
              .build());
      System.out.println(d.name().orElse("?") + " is at version " + d.version().getAsLong());
    }
  }

  static void patchesByHand(LaunchDarklyClient ld) {
    var key = DestinationKey.of("proj", "production", "dest-id");
    ld.destinations().patch(key,
        JsonPatch.builder().test("/version", 3).replace("/on", false).replace("/config/topic", "exports").build());

    ld.destinations().mergePatch(key,
        MergePatch.builder().set("on", false).set("config", MergePatch.builder().remove("userIDContextKind"))
            .comment("with a comment")                                // sent as {"comment": ..., "merge": {...}}
            .build());
  }
}
