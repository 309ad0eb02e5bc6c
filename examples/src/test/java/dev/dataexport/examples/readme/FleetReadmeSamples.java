package dev.dataexport.examples.readme;

import dev.dataexport.core.fleet.FailurePolicy;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.core.fleet.QuotaReader;
import dev.dataexport.launchdarkly.LaunchDarklyRateLimit;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The README's "Changing many destinations" samples, verbatim, so the build compiles them. */
final class FleetReadmeSamples {
  private FleetReadmeSamples() {}

  static void enableUsageEverywhere(StiggClient stigg, List<String> destinationIds) {
    UpdateSelectionRequest selection = UpdateSelectionRequest.builder()
        .integrationId("int_1").addEnabledModels("customers", "invoices", "usage").build();
    try (FileJournal journal = FileJournal.open(Path.of("enable-usage.journal"))) {   // a rerun skips what is done
      FleetOperation<String, String> enableUsage = FleetOperation.over(destinationIds)
          .change((id, same) -> FleetWrite.of(
              PlannedRequest.of("PATCH", List.of("api", "v1", "data-export", "destinations", id), selection),
              () -> stigg.destinations().withRawResponse().updateSelection(id, selection)))
          .journal(journal)
          .failurePolicy(FailurePolicy.stopAfter(10))
          .onProgress(progress -> System.out.println(progress), Duration.ofSeconds(5))   // 1200/5000 items, 48.0/s, about PT1M20S left
          .timing(stigg.options())                                 // the client's clock and sleeper
          .build();
      System.out.println(enableUsage.plan());                      // each request, secrets masked; nothing is sent
      FleetResult result = enableUsage.apply();
      result.failures().forEach(System.out::println);              // d17: FAILED (NotFound: ...)
      System.out.println(result);                                  // FleetResult{changed=4990, ..., requestsSent=5003, ...}
    }
  }

  static FleetOperation.Builder<String, String> launchDarklyQuota(FleetOperation.Builder<String, String> operation) {
    return operation.quota(QuotaReader.remainingAndResetMillis(LaunchDarklyRateLimit.RESET,
        LaunchDarklyRateLimit.GLOBAL_REMAINING, LaunchDarklyRateLimit.ROUTE_REMAINING));
  }
}
