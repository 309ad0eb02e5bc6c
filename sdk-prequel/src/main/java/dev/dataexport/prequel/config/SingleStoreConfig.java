package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code singlestore} block: a SingleStore destination. */
@Value.Immutable
public interface SingleStoreConfig extends WriteDatabaseFields {
  /** The key this block is written under. */
  String KEY = "singlestore";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SingleStoreConfig}; not thread-safe. */
  final class Builder extends ImmutableSingleStoreConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
