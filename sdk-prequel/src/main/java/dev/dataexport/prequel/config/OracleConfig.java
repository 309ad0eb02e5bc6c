package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code oracle} block: an Oracle destination.
 *
 * <p>The reference page leaves the type of {@code disable_ssl} open; it is sent as a boolean like
 * elsewhere.
 */
@Value.Immutable
public interface OracleConfig extends DatabaseSchemaFields {
  /** The key this block is written under. */
  String KEY = "oracle";

  /** The TLS options: the Oracle wallet (a secret). */
  @JsonProperty("ssl_options")
  Optional<OracleSslOptions> sslOptions();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    DatabaseSchemaFields.super.validate();
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OracleConfig}; not thread-safe. */
  final class Builder extends ImmutableOracleConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
