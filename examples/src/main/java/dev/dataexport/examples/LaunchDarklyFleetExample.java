package dev.dataexport.examples;

import dev.dataexport.core.Secret;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetPlan;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.fleet.LaunchDarklyFleet;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns off every Segment destination of one environment for a migration and rotates its write key,
 * with a fleet operation over the filtered list: the plan first (the write key masked), then an
 * apply that "crashes" part-way, then a run that resumes from the journal. Always offline, against
 * {@link FakeLaunchDarklyServer}: a fleet change to a real account is yours to write, from the
 * README's sample.
 */
public final class LaunchDarklyFleetExample {
  /** The apply's listener throws after this many items, as a process dying would stop it. */
  static final int CRASH_AFTER = 4;

  private LaunchDarklyFleetExample() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    try (FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer()) {
      for (int i = 1; i <= 10; i++) {
        // Every fourth is off already (left unchanged); staging is not part of the change.
        String environment = i <= 8 ? "production" : "staging";
        fake.addDestination(
            DestinationKey.of("shop", environment, String.format("seg-%02d", i)),
            "segment",
            "segment " + i,
            i % 4 != 0,
            Map.of("writeKey", "old-write-key-" + i));
      }
      LaunchDarklyClient ld = fake.client();
      out.println(
          "LaunchDarkly fleet: offline against FakeLaunchDarklyServer at "
              + fake.baseUrl()
              + ", 8 Segment destinations in shop/production, 2 in shop/staging");
      DestinationFilter production =
          DestinationFilter.all()
              .project("shop")
              .environment("production")
              .kind(DestinationKind.SEGMENT);
      DestinationChange offAndRotated =
          DestinationChange.builder()
              .on(false)
              .config("writeKey", Secret.of("new-write-key-2026"))
              .comment("migration: pause Segment exports")
              .build();
      Path journalFile = Files.createTempFile("launchdarkly-fleet", ".journal");
      try {
        FleetPlan<Destination> plan =
            LaunchDarklyFleet.of(ld)
                .list(production)
                .change(d -> d.on().orElse(false) ? Optional.of(offAndRotated) : Optional.empty())
                .build()
                .plan();
        out.println("plan: " + FleetLines.counts(plan.summary()));
        out.println("  " + plan.entries().get(0));

        try (FileJournal journal = FileJournal.open(journalFile)) {
          AtomicInteger finished = new AtomicInteger();
          FleetResult crashed =
              LaunchDarklyFleet.of(ld)
                  .list(production)
                  .change(d -> d.on().orElse(false) ? Optional.of(offAndRotated) : Optional.empty())
                  .journal(journal)
                  .concurrency(1) // one at a time, so the crash comes at an exact item
                  .onOutcome(
                      outcome -> {
                        if (finished.incrementAndGet() == CRASH_AFTER) {
                          throw new IllegalStateException("simulated crash");
                        }
                      })
                  .onProgress(
                      progress -> out.println("  progress: " + progress), Duration.ofSeconds(1))
                  .build()
                  .apply();
          out.println("apply, stopped by a simulated crash: " + FleetLines.counts(crashed));
        }
        try (FileJournal journal = FileJournal.open(journalFile)) {
          FleetResult resumed =
              LaunchDarklyFleet.of(ld)
                  .list(production)
                  .change(d -> d.on().orElse(false) ? Optional.of(offAndRotated) : Optional.empty())
                  .journal(journal)
                  .onProgress(
                      progress -> out.println("  progress: " + progress), Duration.ofSeconds(1))
                  .build()
                  .apply();
          out.println("resume from the journal: " + FleetLines.counts(resumed));
        }
      } finally {
        Files.deleteIfExists(journalFile);
      }
      long off =
          fake.destinationKeys().stream()
              .filter(key -> key.environmentKey().equals("production"))
              .filter(key -> !fake.destination(key).orElseThrow().path("on").asBoolean())
              .count();
      long patches =
          fake.requests().stream().filter(request -> request.method().equals("PATCH")).count();
      long stagingOn =
          fake.destinationKeys().stream()
              .filter(key -> key.environmentKey().equals("staging"))
              .filter(key -> fake.destination(key).orElseThrow().path("on").asBoolean())
              .count();
      out.println(
          "FakeLaunchDarklyServer: "
              + off
              + "/8 production destinations off, "
              + stagingOn
              + "/2 staging still on; "
              + patches
              + " PATCHes (none doubled)");
    }
  }
}
