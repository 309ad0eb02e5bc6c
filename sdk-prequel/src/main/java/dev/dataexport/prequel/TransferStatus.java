package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * The status of a Prequel transfer; an open enum, so a status Prequel adds later is kept as is.
 * Immutable.
 */
public final class TransferStatus extends OpenEnum {
  private static final Values<TransferStatus> VALUES = new Values<>(TransferStatus::new);

  /** Cancelled before it finished. */
  public static final TransferStatus CANCELLED = VALUES.known("CANCELLED");

  /** Failed. */
  public static final TransferStatus ERROR = VALUES.known("ERROR");

  /** Expired before it could run. */
  public static final TransferStatus EXPIRED = VALUES.known("EXPIRED");

  /** Finished with some models failing. */
  public static final TransferStatus PARTIAL_FAILURE = VALUES.known("PARTIAL_FAILURE");

  /** Waiting to run. */
  public static final TransferStatus PENDING = VALUES.known("PENDING");

  /** Running. */
  public static final TransferStatus RUNNING = VALUES.known("RUNNING");

  /** Finished successfully. */
  public static final TransferStatus SUCCESS = VALUES.known("SUCCESS");

  /** Lost track of by Prequel's scheduler. */
  public static final TransferStatus ORPHANED = VALUES.known("ORPHANED");

  private TransferStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The status for a wire value: a constant when known, otherwise a new value that keeps the
   * string.
   */
  @JsonCreator
  public static TransferStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Whether a transfer in this status will not change any more: every known status but {@link
   * #PENDING} and {@link #RUNNING}. A status this SDK version does not know counts as not final, so
   * a waiter keeps polling it until its timeout rather than stop at a status it cannot read.
   */
  public boolean isFinal() {
    return isKnown() && this != PENDING && this != RUNNING;
  }

  /** The statuses this SDK version knows, in declaration order. */
  public static List<TransferStatus> knownValues() {
    return VALUES.knownValues();
  }
}
