package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code aurora_postgres} block: an Amazon Aurora PostgreSQL destination. */
@Value.Immutable
public interface AuroraPostgresConfig extends PostgresFields {
  /** The key this block is written under. */
  String KEY = "aurora_postgres";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuroraPostgresConfig}; not thread-safe. */
  final class Builder extends ImmutableAuroraPostgresConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
