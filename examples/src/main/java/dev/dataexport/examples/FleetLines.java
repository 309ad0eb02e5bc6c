package dev.dataexport.examples;

import dev.dataexport.core.fleet.FleetResult;

/** The fleet examples' one-line summary of a run, without the duration (so output is stable). */
final class FleetLines {
  private FleetLines() {}

  /**
   * {@code 9 changed, 3 unchanged, 0 failed, 0 skipped, 0 not attempted; 9 requests, COMPLETED}.
   */
  static String counts(FleetResult result) {
    return result.changed()
        + " changed, "
        + result.unchanged()
        + " unchanged, "
        + result.failed()
        + " failed, "
        + result.skipped()
        + " skipped, "
        + result.notAttempted()
        + " not attempted; "
        + result.requestsSent()
        + " requests, "
        + result.stop();
  }
}
