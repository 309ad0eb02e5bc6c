package dev.dataexport.examples.readme;

import dev.dataexport.core.Secret;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.config.PostgresConfig;

/** The README's Prequel samples, verbatim, so the build compiles them (ReadmeSamplesCompiledTest). */
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
}
