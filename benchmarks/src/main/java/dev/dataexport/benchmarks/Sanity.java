package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import dev.dataexport.stigg.DestinationList;

/** Checks that an SDK result and its baseline's decoded the same response to the same values. */
final class Sanity {
  private Sanity() {}

  static void sameResult(String what, DestinationList sdk, StiggBaseline.Data baseline) {
    check(
        what,
        sdk.destinations().size() == baseline.destinations().size()
            && sdk.destinations()
                .get(0)
                .destinationId()
                .equals(baseline.destinations().get(0).destinationId())
            && sdk.destinations()
                .get(0)
                .connectedAt()
                .equals(baseline.destinations().get(0).connectedAt()));
  }

  static void sameResult(
      String what,
      dev.dataexport.launchdarkly.Destination sdk,
      LaunchDarklyBaseline.Destination baseline) {
    check(
        what,
        sdk.id().orElseThrow().equals(baseline.id())
            && sdk.version().getAsLong() == baseline.version()
            && sdk.createdAt().orElseThrow().equals(baseline.createdAt())
            && sdk.config().equals(baseline.config()));
  }

  static void sameResult(
      String what, dev.dataexport.prequel.Destination sdk, PrequelBaseline.Destination baseline) {
    check(
        what,
        sdk.id().equals(baseline.id())
            && sdk.lastCompletedTransfer().orElseThrow().modelMetrics().size()
                == baseline.lastCompletedTransfer().modelMetrics().size()
            && sdk.createdAt().orElseThrow().equals(baseline.createdAt()));
  }

  private static void check(String what, boolean same) {
    if (!same) {
      throw new IllegalStateException(what + ": the SDK and the baseline decoded different values");
    }
  }
}
