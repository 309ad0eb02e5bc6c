package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Server-database fields plus the target {@code database} and {@code schema} (postgres, sql_server,
 * oracle, redshift...).
 */
public interface DatabaseSchemaFields extends ServerFields {
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
  @Override
  @Value.Check
  default void validate() {
    ServerFields.super.validate();
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "database"), database());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "schema"), schema());
  }
}
