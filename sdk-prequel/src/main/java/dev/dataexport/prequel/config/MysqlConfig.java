package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code mysql} block: a MySQL destination. */
@Value.Immutable
public interface MysqlConfig extends WriteDatabaseFields {
  /** The key this block is written under. */
  String KEY = "mysql";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MysqlConfig}; not thread-safe. */
  final class Builder extends ImmutableMysqlConfig.Builder implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
