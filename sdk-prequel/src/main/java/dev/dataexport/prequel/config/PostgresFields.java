package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The PostgreSQL family (postgres, aurora_postgres): database fields plus a connection timeout. */
public interface PostgresFields extends DatabaseSchemaFields {
  /** The connection timeout in seconds (positive). */
  @JsonProperty("connection_timeout_in_seconds")
  OptionalLong connectionTimeoutInSeconds();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    DatabaseSchemaFields.super.validate();
    PrequelChecks.atLeastOne(
        PrequelChecks.path(vendorKey(), "connection_timeout_in_seconds"),
        connectionTimeoutInSeconds());
  }
}
