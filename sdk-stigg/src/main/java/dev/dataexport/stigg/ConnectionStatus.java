package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * Whether Stigg's export provider can reach a destination; Stigg documents {@code connected} and
 * {@code failed}, and any other value is kept as an unknown value. Immutable and thread-safe.
 */
public final class ConnectionStatus extends OpenEnum {
  private static final Values<ConnectionStatus> VALUES = new Values<>(ConnectionStatus::new);

  /** The provider reaches the destination. */
  public static final ConnectionStatus CONNECTED = VALUES.known("connected");

  /** The provider could not connect to the destination. */
  public static final ConnectionStatus FAILED = VALUES.known("failed");

  private ConnectionStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or an unknown value that keeps it. */
  @JsonCreator
  public static ConnectionStatus of(String value) {
    return VALUES.of(value);
  }

  /** Every value this SDK version names, in declaration order. */
  public static List<ConnectionStatus> knownValues() {
    return VALUES.knownValues();
  }
}
