package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * The verdict of a connection test, Prequel's {@code data.status}; an open enum, so a verdict
 * Prequel adds later is kept as is. The two constants are inferred from Prequel's public material,
 * not read on a reference page. Immutable.
 */
public final class ConnectionTestStatus extends OpenEnum {
  private static final Values<ConnectionTestStatus> VALUES =
      new Values<>(ConnectionTestStatus::new);

  /** Prequel reached the destination and could write to it. */
  public static final ConnectionTestStatus SUCCESS = VALUES.known("success");

  /** The test failed; the message says why. */
  public static final ConnectionTestStatus FAILURE = VALUES.known("failure");

  private ConnectionTestStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The verdict for a wire value: a constant when known, otherwise a new value that keeps the
   * string.
   */
  @JsonCreator
  public static ConnectionTestStatus of(String value) {
    return VALUES.of(value);
  }

  /** The verdicts this SDK version knows, in declaration order. */
  public static List<ConnectionTestStatus> knownValues() {
    return VALUES.knownValues();
  }
}
