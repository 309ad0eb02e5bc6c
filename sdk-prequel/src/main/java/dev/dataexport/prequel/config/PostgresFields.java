package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.Check;
import java.util.Optional;
import org.immutables.value.Value;

/** The PostgreSQL family (postgres, aurora_postgres): database fields plus a connection timeout. */
public interface PostgresFields extends DatabaseSchemaFields {
  /** The connection timeout in seconds (positive). */
  @JsonProperty("connection_timeout_in_seconds")
  Optional<Integer> connectionTimeoutInSeconds();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    DatabaseSchemaFields.super.validate();
    Check.positive(
        Check.path(vendorKey(), "connection_timeout_in_seconds"), connectionTimeoutInSeconds());
  }
}
