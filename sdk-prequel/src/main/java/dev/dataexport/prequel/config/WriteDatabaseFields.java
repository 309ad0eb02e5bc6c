package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Server-database fields plus {@code connection_database} and {@code write_database} (the MySQL
 * family).
 */
public interface WriteDatabaseFields extends ServerFields {
  /** The database Prequel connects to. */
  @JsonProperty("connection_database")
  Optional<String> connectionDatabase();

  /** The database tables are written to. */
  @JsonProperty("write_database")
  Optional<String> writeDatabase();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    ServerFields.super.validate();
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "connection_database"), connectionDatabase());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "write_database"), writeDatabase());
  }
}
