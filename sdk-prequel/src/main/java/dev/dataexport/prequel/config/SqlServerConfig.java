package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code sql_server} block: a Microsoft SQL Server destination. */
@Value.Immutable
public interface SqlServerConfig extends DatabaseSchemaFields {
  /** The key this block is written under. */
  String KEY = "sql_server";

  /** The collation of primary-key columns. */
  @JsonProperty("primary_key_collation")
  Optional<String> primaryKeyCollation();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    DatabaseSchemaFields.super.validate();
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "primary_key_collation"), primaryKeyCollation());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SqlServerConfig}; not thread-safe. */
  final class Builder extends ImmutableSqlServerConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
