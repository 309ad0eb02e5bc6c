package dev.dataexport.prequel.config;

import org.immutables.value.Value;

/**
 * The {@code redshift} block: an Amazon Redshift destination.
 *
 * <p>Inferred: the reference page does not show this block; its fields follow Prequel's React SDK
 * and the other database blocks, and may change.
 */
@Value.Immutable
public interface RedshiftConfig extends RedshiftFields {
  /** The key this block is written under. */
  String KEY = "redshift";

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RedshiftConfig}; not thread-safe. */
  final class Builder extends ImmutableRedshiftConfig.Builder
      implements DatabaseAuthSetters<Builder> {
    Builder() {}
  }
}
