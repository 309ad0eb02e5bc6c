package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * The type of a Data Export destination. The nine documented kinds are constants; any other kind
 * the server sends (LaunchDarkly adds kinds over time) is kept as an unknown value. Immutable and
 * thread-safe.
 */
public final class DestinationKind extends OpenEnum {
  private static final Values<DestinationKind> VALUES = new Values<>(DestinationKind::new);

  /** Google Cloud Pub/Sub. */
  public static final DestinationKind GOOGLE_PUBSUB = VALUES.known("google-pubsub");

  /** Amazon Kinesis. */
  public static final DestinationKind KINESIS = VALUES.known("kinesis");

  /** mParticle. */
  public static final DestinationKind MPARTICLE = VALUES.known("mparticle");

  /** Segment. */
  public static final DestinationKind SEGMENT = VALUES.known("segment");

  /** Azure Event Hubs. */
  public static final DestinationKind AZURE_EVENT_HUBS = VALUES.known("azure-event-hubs");

  /** Snowflake (v2). */
  public static final DestinationKind SNOWFLAKE_V2 = VALUES.known("snowflake-v2");

  /** Databricks. */
  public static final DestinationKind DATABRICKS = VALUES.known("databricks");

  /** Google BigQuery. */
  public static final DestinationKind BIGQUERY = VALUES.known("bigquery");

  /** Amazon Redshift. */
  public static final DestinationKind REDSHIFT = VALUES.known("redshift");

  private DestinationKind(String value, boolean known) {
    super(value, known);
  }

  /** The kind for a wire value: a constant when known, otherwise an unknown value that keeps it. */
  @JsonCreator
  public static DestinationKind of(String value) {
    return VALUES.of(value);
  }

  /** The documented kinds, in the spec's order. */
  public static List<DestinationKind> knownValues() {
    return VALUES.knownValues();
  }
}
