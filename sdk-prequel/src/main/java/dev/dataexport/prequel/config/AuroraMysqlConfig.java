package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code aurora_mysql} block: an Amazon Aurora MySQL destination. */
@Value.Immutable
public interface AuroraMysqlConfig extends WriteDatabaseFields {
  /** The key this block is written under. */
  String KEY = "aurora_mysql";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AuroraMysqlConfig}; not thread-safe. */
  final class Builder extends ImmutableAuroraMysqlConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
