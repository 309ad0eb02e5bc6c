package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.Check;
import dev.dataexport.prequel.internal.PrequelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code snowflake} block: a Snowflake destination (key-pair authentication is set up in
 * Prequel, so no credential is sent).
 */
@Value.Immutable
@PrequelStyle
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
  Optional<Integer> port();

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
    Check.text(Check.path(vendorKey(), "username"), username());
    Check.text(Check.path(vendorKey(), "host"), host());
    Check.port(Check.path(vendorKey(), "port"), port());
    Check.text(Check.path(vendorKey(), "database"), database());
    Check.text(Check.path(vendorKey(), "schema"), schema());
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
