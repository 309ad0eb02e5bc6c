package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * The kind of warehouse a destination exports to, as Stigg names it; Stigg documents {@code
 * snowflake} and {@code bigquery} "and more", so any other value is kept as an unknown value.
 * Immutable and thread-safe.
 */
public final class DestinationType extends OpenEnum {
  private static final Values<DestinationType> VALUES = new Values<>(DestinationType::new);

  /** Snowflake. */
  public static final DestinationType SNOWFLAKE = VALUES.known("snowflake");

  /** Google BigQuery. */
  public static final DestinationType BIGQUERY = VALUES.known("bigquery");

  private DestinationType(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or an unknown value that keeps it. */
  @JsonCreator
  public static DestinationType of(String value) {
    return VALUES.of(value);
  }

  /** Every value this SDK version names, in declaration order. */
  public static List<DestinationType> knownValues() {
    return VALUES.knownValues();
  }
}
