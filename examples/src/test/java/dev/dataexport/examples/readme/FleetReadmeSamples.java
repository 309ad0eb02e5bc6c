package dev.dataexport.examples.readme;

import dev.dataexport.core.fleet.FailurePolicy;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetPlan;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.fleet.LaunchDarklyFleet;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.Vendor;
import dev.dataexport.prequel.fleet.PrequelFleet;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.stigg.fleet.StiggFleet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The README's "Changing many destinations" samples, verbatim, so the build compiles them. */
final class FleetReadmeSamples {
  private FleetReadmeSamples() {}

  static void enableUsageEverywhere(StiggClient stigg, List<String> destinationIds) {
    UpdateSelectionRequest selection = UpdateSelectionRequest.builder()
        .integrationId("int_1").addEnabledModels("customers", "invoices", "usage_events").build();
    try (FileJournal journal = FileJournal.open(Path.of("enable-usage.journal"))) {   // a rerun skips what is done
      FleetOperation<String, String> enableUsage = StiggFleet.of(stigg)
          .ids(destinationIds)                                     // or .destinations(list), as a previous call returned it
          .update(selection)                                       // or .change(id -> Optional.of(...) or Optional.empty())
          .journal(journal)
          .failurePolicy(FailurePolicy.stopAfter(10))
          .onProgress(progress -> System.out.println(progress), Duration.ofSeconds(5))   // 1200/5000 items, 48.0/s, about PT1M20S left
          .build();
      System.out.println(enableUsage.plan());                      // each request, secrets masked; nothing is sent
      FleetResult result = enableUsage.apply();
      result.failures().forEach(System.out::println);              // dst_17: FAILED (NotFound: ...)
      System.out.println(result);                                  // FleetResult{changed=4990, ..., requestsSent=5003, ...}
    }
  }

  static FleetResult pauseKinesis(LaunchDarklyClient ld) {
    var pauseKinesis = LaunchDarklyFleet.of(ld)
        .list(DestinationFilter.all().project("shop").environment("production").kind(DestinationKind.KINESIS))
        .change(destination -> destination.on().orElse(false)
            ? Optional.of(DestinationChange.builder().on(false).comment("migration").build())
            : Optional.empty())                                    // already off: UNCHANGED, nothing sent
        .build();
    FleetPlan<Destination> plan = pauseKinesis.plan();             // PATCH .../shop/production/k1 {"comment":"migration","patch":[{"op":"test",...
    FleetResult result = pauseKinesis.apply(plan);                 // exactly the reviewed patches, without reading again
    return result;
  }

  static FleetResult hourlySnowflake(PrequelClient prequel) {
    FleetResult hourly = PrequelFleet.of(prequel)
        .list(ListDestinationsRequest.builder().pageSize(100).build(),
            destination -> destination.vendor().equals(Optional.of(Vendor.SNOWFLAKE)))
        .change(destination -> destination.frequencyMinutes().orElse(0) == 60
            ? Optional.empty()
            : Optional.of(DestinationUpdate.builder().frequencyMinutes(60).build()))
        .concurrency(8)
        .build()
        .apply();
    return hourly;
  }
}
