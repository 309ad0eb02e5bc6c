package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code postgres} block: a PostgreSQL destination. */
@Value.Immutable
public interface PostgresConfig extends PostgresFields {
  /** The key this block is written under. */
  String KEY = "postgres";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PostgresConfig}; not thread-safe. */
  final class Builder extends ImmutablePostgresConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
