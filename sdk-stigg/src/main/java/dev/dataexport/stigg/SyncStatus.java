package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * The state of a destination's latest sync; any value beyond the six documented ones is kept as an
 * unknown value. Immutable and thread-safe.
 */
public final class SyncStatus extends OpenEnum {
  private static final Values<SyncStatus> VALUES = new Values<>(SyncStatus::new);

  /** Scheduled, not started. */
  public static final SyncStatus PENDING = VALUES.known("PENDING");

  /** In progress. */
  public static final SyncStatus RUNNING = VALUES.known("RUNNING");

  /** Finished without transferring everything. */
  public static final SyncStatus INCOMPLETE = VALUES.known("INCOMPLETE");

  /** Failed; see the failure message and blamed party. */
  public static final SyncStatus FAILED = VALUES.known("FAILED");

  /** Finished successfully. */
  public static final SyncStatus SUCCEEDED = VALUES.known("SUCCEEDED");

  /** Cancelled before it finished. */
  public static final SyncStatus CANCELLED = VALUES.known("CANCELLED");

  private SyncStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or an unknown value that keeps it. */
  @JsonCreator
  public static SyncStatus of(String value) {
    return VALUES.of(value);
  }

  /** Every value this SDK version names, in declaration order. */
  public static List<SyncStatus> knownValues() {
    return VALUES.knownValues();
  }
}
