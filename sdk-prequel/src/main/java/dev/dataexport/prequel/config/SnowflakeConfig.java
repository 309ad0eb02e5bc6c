package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The {@code snowflake} block: a Snowflake destination (key-pair authentication is set up in
 * Prequel, so no credential is sent).
 */
@Value.Immutable
public interface SnowflakeConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "snowflake";

  /** The Snowflake user. */
  @JsonProperty("username")
  Optional<String> username();

  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** The database. */
  @JsonProperty("database")
  Optional<String> database();

  /** The schema tables are written to. */
  @JsonProperty("schema")
  Optional<String> schema();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "username"), username());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "database"), database());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "schema"), schema());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SnowflakeConfig}; not thread-safe. */
  final class Builder extends ImmutableSnowflakeConfig.Builder {
    Builder() {}
  }
}
