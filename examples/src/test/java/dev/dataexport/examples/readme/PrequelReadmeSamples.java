package dev.dataexport.examples.readme;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.ConnectionTest;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.ListTransfersRequest;
import dev.dataexport.prequel.NewDestination;
import dev.dataexport.prequel.Page;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.StartTransferRequest;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.TransferStatus;
import dev.dataexport.prequel.config.PostgresConfig;
import java.time.Duration;
import java.time.Instant;

/**
 * The README's Prequel samples, verbatim, so the build compiles them (ReadmeSamplesCompiledTest)
 * and PrequelReadmeSamplesRunTest runs the lifecycle ones against FakePrequel.
 */
final class PrequelReadmeSamples {
  private PrequelReadmeSamples() {}

  static void quickstart(String password) {
    try (PrequelClient prequel = PrequelClient.fromEnv()) {       // PREQUEL_API_KEY, optional PREQUEL_BASE_URL
      var d = prequel.destinations().update("dest-id",
          DestinationUpdate.builder().frequencyMinutes(60).addEnabledModels("orders")
              .postgres(PostgresConfig.builder().host("db.example.com").port(5432).database("analytics")
                  .schema("export").passwordAuth("exporter", Secret.of(password)).build())
              .build());
      System.out.println(d.id() + " now runs every " + d.frequencyMinutes().orElseThrow() + " minutes");
    }
  }

  static void listing(PrequelClient prequel) {
    Page<Destination> first = prequel.destinations().list(ListDestinationsRequest.builder().pageSize(100).build());
    for (Destination d : first.autoPager()) {                    // the next page is fetched when iteration reaches it
      System.out.println(d.id() + " " + d.name().orElse("") + " for " + d.recipientId().orElse("?"));
    }
  }

  /** The create-and-test sample; returns the destination it created. */
  static Destination createAndTest(PrequelClient prequel, String password) {
    NewDestination config = NewDestination.builder().name("acme-warehouse").recipientId("rcp_acme")
        .vendor(PostgresConfig.builder().host("db.acme.com").port(5432).database("analytics")
            .schema("export").passwordAuth("exporter", Secret.of(password)).build())
        .build();
    ConnectionTest check = prequel.destinations().test(config);               // nothing is saved
    if (!check.passed()) {
      throw new IllegalStateException("cannot connect: " + check.message().orElse(check.status().toString()));
    }
    Destination created = prequel.destinations().create(config);
    boolean stillConnects = prequel.destinations().testConnection(created.id()).passed();
    System.out.println(created.id() + (stillConnects ? " connects" : " does not connect"));
    return created;
  }

  /** The transfer sample; returns the finished transfer. */
  static Transfer transfer(PrequelClient prequel, Destination created) {
    String transferId = prequel.transfers().start(created.id(), StartTransferRequest.builder()
        .fullRefresh(true).addModels("orders").putTags("reason", "backfill").build());
    Transfer done = prequel.transfers().awaitFinalStatus(transferId, Duration.ofMinutes(30));
    System.out.println(done.status().orElseThrow() + ", " + done.rowsTransferred().orElse(0) + " rows");

    Page<Transfer> failures = prequel.transfers().list(ListTransfersRequest.builder()
        .status(TransferStatus.ERROR).endedAfter(Instant.now().minus(Duration.ofDays(1))).build());
    failures.autoPager().forEach(t -> System.out.println(t.id().orElse("?") + " " + t.destinationId().orElse("?")));
    return done;
  }

  /** The delete sample; returns its result. */
  static DeleteResult delete(PrequelClient prequel, Destination created) {
    DeleteResult deleted = prequel.destinations().delete(created.id());
    System.out.println(deleted.wasGoneOnRetry() ? "was already gone" : "deleted");
    return deleted;
  }
}
