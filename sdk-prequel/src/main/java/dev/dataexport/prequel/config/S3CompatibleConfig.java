package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code s3_compatible} block: S3-compatible object storage (MinIO, R2, ...).
 *
 * <p>Inferred: the reference page does not show this block; its fields follow Prequel's React SDK
 * and the s3 block and delta_lake's {@code bucket_s3_compatible}, and may change.
 */
@Value.Immutable
public interface S3CompatibleConfig extends ObjectStorageFields {
  /** The key this block is written under. */
  String KEY = "s3_compatible";

  /** The storage endpoint's host. */
  @JsonProperty("host")
  Optional<String> host();

  /** The bucket. */
  @JsonProperty("bucket_name")
  Optional<String> bucketName();

  /** The bucket's region. */
  @JsonProperty("bucket_region")
  Optional<String> bucketRegion();

  /** The access keys. */
  @JsonProperty("access_keys")
  Optional<AccessKeys> accessKeys();

  /** Whether to connect without TLS. */
  @JsonProperty("disable_ssl")
  Optional<Boolean> disableSsl();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    ObjectStorageFields.super.validate();
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "bucket_name"), bucketName());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "bucket_region"), bucketRegion());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link S3CompatibleConfig}; not thread-safe. */
  final class Builder extends ImmutableS3CompatibleConfig.Builder
      implements FolderField.Setters<Builder> {
    Builder() {}
  }
}
