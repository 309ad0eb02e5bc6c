package dev.dataexport.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetPlan;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.Vendor;
import dev.dataexport.prequel.VendorSettings;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.fleet.PrequelFleet;
import dev.dataexport.testkit.FakePrequelServer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rotates the warehouse password of every Postgres destination in one region with a fleet operation
 * over a query of the paged list (five per page, fetched as the run reaches them): the plan first
 * (the password masked), then an apply that "crashes" part-way, then a run that resumes from the
 * journal. A paused destination is left unchanged. Always offline, against {@link
 * FakePrequelServer}: a fleet change to a real account is yours to write, from the README's sample.
 */
public final class PrequelFleetExample {
  /** The apply's listener throws after this many items, as a process dying would stop it. */
  static final int CRASH_AFTER = 3;

  private PrequelFleetExample() {}

  /** Runs the example. */
  public static void main(String[] args) throws IOException {
    run(System.out);
  }

  static void run(PrintStream out) throws IOException {
    try (FakePrequelServer fake = new FakePrequelServer()) {
      for (int i = 1; i <= 12; i++) {
        String region = i % 3 == 0 ? "us" : "eu";
        ObjectNode destination = JsonNodeFactory.instance.objectNode();
        destination.put("id", String.format("pg-%02d", i)).put("vendor", "postgres");
        destination.put("name", "warehouse " + i).put("is_enabled", i != 4);
        destination
            .putObject("postgres")
            .put("host", "db-" + i + "." + region + ".example.com")
            .put("port", 5432)
            .put("database", "analytics")
            .put("schema", "export");
        fake.addDestination(destination);
      }
      PrequelClient prequel = fake.client();
      out.println(
          "Prequel fleet: offline against FakePrequelServer at "
              + fake.baseUrl()
              + ", 12 Postgres destinations, 8 in eu");
      ListDestinationsRequest pagesOfFive = ListDestinationsRequest.builder().pageSize(5).build();
      Predicate<Destination> inEu =
          d ->
              d.vendor().equals(Optional.of(Vendor.POSTGRES))
                  && d.vendorSettings()
                      .flatMap(VendorSettings::host)
                      .filter(host -> host.endsWith(".eu.example.com"))
                      .isPresent();
      Secret newPassword = Secret.of("rotated-2026-12");
      Function<Destination, Optional<DestinationUpdate>> rotate =
          d ->
              d.isEnabled().orElse(true)
                  ? Optional.of(
                      DestinationUpdate.builder()
                          .postgres(
                              PostgresConfig.builder()
                                  .host(
                                      d.vendorSettings()
                                          .flatMap(VendorSettings::host)
                                          .orElseThrow())
                                  .port(5432)
                                  .database("analytics")
                                  .schema("export")
                                  .passwordAuth("exporter", newPassword)
                                  .build())
                          .build())
                  : Optional.empty();
      Path journalFile = Files.createTempFile("prequel-fleet", ".journal");
      try {
        FleetPlan<Destination> plan =
            PrequelFleet.of(prequel).list(pagesOfFive, inEu).change(rotate).build().plan();
        out.println("plan: " + FleetLines.counts(plan.summary()));
        out.println("  " + plan.entries().get(0));

        try (FileJournal journal = FileJournal.open(journalFile)) {
          AtomicInteger finished = new AtomicInteger();
          FleetResult crashed =
              PrequelFleet.of(prequel)
                  .list(pagesOfFive, inEu)
                  .change(rotate)
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
              PrequelFleet.of(prequel)
                  .list(pagesOfFive, inEu)
                  .change(rotate)
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
      long patches =
          fake.requests().stream().filter(request -> request.method().equals("PATCH")).count();
      long pages =
          fake.requests().stream()
              .filter(request -> request.path().startsWith("/destinations?"))
              .count();
      out.println(
          "FakePrequelServer: "
              + patches
              + " PATCHes for 7 enabled eu destinations (none doubled), "
              + pages
              + " list pages fetched over three runs");
    }
  }
}
