package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code s3} block: an Amazon S3 bucket. */
@Value.Immutable
public interface S3Config extends ObjectStorageFields {
  /** The key this block is written under. */
  String KEY = "s3";

  /** The bucket. */
  @JsonProperty("bucket_name")
  Optional<String> bucketName();

  /** The bucket's AWS region. */
  @JsonProperty("bucket_region")
  Optional<String> bucketRegion();

  /** The AWS access keys. */
  @JsonProperty("aws_access_keys")
  Optional<AccessKeys> awsAccessKeys();

  /** Whether Prequel connects through its SSH tunnel. */
  @JsonProperty("use_ssh_tunnel")
  Optional<Boolean> useSshTunnel();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    ObjectStorageFields.super.validate();
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

  /** Builds a {@link S3Config}; not thread-safe. */
  final class Builder extends ImmutableS3Config.Builder implements FolderField.Setters<Builder> {
    Builder() {}
  }
}
