package dev.dataexport.examples.readme;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.DestinationList;
import dev.dataexport.launchdarkly.EnvironmentKey;
import dev.dataexport.launchdarkly.GooglePubSubConfig;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.MergePatch;
import dev.dataexport.launchdarkly.NewDestination;
import java.util.List;
import java.util.Optional;

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

  static boolean lifecycle(LaunchDarklyClient ld) {
    var staging = EnvironmentKey.of("proj", "staging");
    Destination created = ld.destinations().create(staging, NewDestination.builder()
        .name("exports")
        .config(GooglePubSubConfig.builder().project("acme-staging").topic("ld-events").build())
        .on(true)
        .build());                                                    // 201; a second google-pubsub here: 409

    DestinationList all = ld.destinations().list();                  // every destination of the account
    Optional<Destination> found = all.find(staging, DestinationKind.GOOGLE_PUBSUB);
    List<Destination> kinesis = all.filter(DestinationFilter.all().project("proj").kind(DestinationKind.KINESIS));

    DestinationKey key = staging.destination(created.id().orElseThrow());
    ld.destinations().update(key, DestinationChange.builder().config("topic", "ld-staging").build());

    DeleteResult deleted = ld.destinations().delete(key);            // 204
    boolean alreadyGone = deleted.wasGoneOnRetry();                 // a retry met 404 after a lost answer
    return found.isPresent() && kinesis.isEmpty() && !alreadyGone;
  }
}
