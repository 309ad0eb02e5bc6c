package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The {@code clickhouse} block: a ClickHouse destination with an optional staging bucket. The
 * reference page shows the bucket objects without their {@code bucket_vendor} selector; the SDK
 * sends it, as Prequel's notes and the databricks block show.
 */
@Value.Immutable
public interface ClickHouseConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "clickhouse";

  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** The ClickHouse cluster. */
  @JsonProperty("cluster")
  Optional<String> cluster();

  /** The database Prequel connects to. */
  @JsonProperty("connection_database")
  Optional<String> connectionDatabase();

  /** The database tables are written to. */
  @JsonProperty("write_database")
  Optional<String> writeDatabase();

  /** Whether to connect without TLS. */
  @JsonProperty("disable_ssl")
  Optional<Boolean> disableSsl();

  /** The {@code auth_method} choice and its credentials. */
  @JsonIgnore
  Optional<DatabaseAuth> auth();

  /** The {@code bucket_vendor} choice of the staging bucket. */
  @JsonIgnore
  Optional<StagingBucket> bucket();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add("auth_method", auth()).add("bucket_vendor", bucket());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "cluster"), cluster());
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "connection_database"), connectionDatabase());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "write_database"), writeDatabase());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClickHouseConfig}; not thread-safe. */
  final class Builder extends ImmutableClickHouseConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
