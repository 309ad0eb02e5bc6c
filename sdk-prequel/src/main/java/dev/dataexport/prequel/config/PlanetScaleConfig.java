package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/** The {@code planetscale} block: a PlanetScale destination. */
@Value.Immutable
public interface PlanetScaleConfig extends WriteDatabaseFields {
  /** The key this block is written under. */
  String KEY = "planetscale";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanetScaleConfig}; not thread-safe. */
  final class Builder extends ImmutablePlanetScaleConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
