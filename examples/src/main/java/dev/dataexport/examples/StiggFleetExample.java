package dev.dataexport.examples;

import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetPlan;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.stigg.fleet.StiggFleet;
import dev.dataexport.testkit.FakeStiggServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enables a new model on every destination of a Stigg integration with a fleet operation: the plan
 * first, then an apply that "crashes" part-way, then a run that resumes from the journal and
 * changes only what is left. Always offline, against {@link FakeStiggServer}: a fleet change to a
 * real account is yours to write, from the README's sample.
 */
public final class StiggFleetExample {
  /** The models every destination should export. */
  static final List<String> MODELS = List.of("customers", "invoices", "usage_events");

  /** The apply's listener throws after this many items, as a process dying would stop it. */
  static final int CRASH_AFTER = 5;

  private StiggFleetExample() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    try (FakeStiggServer fake = new FakeStiggServer()) {
      for (int i = 1; i <= 11; i++) {
        // Every third destination exports the models already: the fleet leaves it unchanged.
        fake.addDestination(
            FakeStiggServer.DEFAULT_INTEGRATION_ID,
            String.format("dst_fleet_%02d", i),
            "snowflake",
            i % 3 == 0 ? MODELS : List.of("customers"));
      }
      StiggClient stigg = fake.client();
      // Stigg has no list call; every change returns the integration's list, so use that one.
      DestinationList destinations =
          stigg
              .destinations()
              .create(
                  CreateDestinationRequest.builder()
                      .destinationId("dst_fleet_12")
                      .destinationType(DestinationType.SNOWFLAKE)
                      .build());
      out.println(
          "Stigg fleet: offline against FakeStiggServer at "
              + fake.baseUrl()
              + ", "
              + destinations.destinations().size()
              + " destinations");
      UpdateSelectionRequest selection =
          UpdateSelectionRequest.builder()
              .integrationId(FakeStiggServer.DEFAULT_INTEGRATION_ID)
              .enabledModels(MODELS)
              .build();
      Path journalFile = Files.createTempFile("stigg-fleet", ".journal");
      long planned;
      try {
        FleetPlan<Destination> plan =
            StiggFleet.of(stigg).destinations(destinations).update(selection).build().plan();
        planned = plan.summary().changed();
        out.println("plan: " + FleetLines.counts(plan.summary()));
        out.println("  " + plan.entries().get(0));

        try (FileJournal journal = FileJournal.open(journalFile)) {
          AtomicInteger finished = new AtomicInteger();
          FleetResult crashed =
              StiggFleet.of(stigg)
                  .destinations(destinations)
                  .update(selection)
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
              StiggFleet.of(stigg)
                  .destinations(destinations)
                  .update(selection)
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
      long done =
          destinations.destinations().stream()
              .filter(
                  d ->
                      fake.enabledModels(FakeStiggServer.DEFAULT_INTEGRATION_ID, d.destinationId())
                          .equals(Optional.of(MODELS)))
              .count();
      long patches =
          fake.requests().stream().filter(request -> request.method().equals("PATCH")).count();
      out.println(
          "FakeStiggServer: "
              + done
              + "/"
              + destinations.destinations().size()
              + " destinations export "
              + String.join(", ", MODELS)
              + "; "
              + patches
              + " PATCHes for "
              + planned
              + " changes (none doubled)");
    }
  }
}
