package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code athena} block: Amazon Athena, with block-level AWS keys and an S3 bucket for results.
 */
@Value.Immutable
public interface AthenaConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "athena";

  /** The Athena workgroup. */
  @JsonProperty("workgroup")
  Optional<String> workgroup();

  /** The database Prequel connects to. */
  @JsonProperty("connection_database")
  Optional<String> connectionDatabase();

  /** The database tables are written to. */
  @JsonProperty("write_database")
  Optional<String> writeDatabase();

  /** The AWS access keys. */
  @JsonProperty("aws_access_keys")
  Optional<AccessKeys> awsAccessKeys();

  /** The S3 bucket (name and region; its credentials are the block's keys). */
  @JsonProperty("bucket_s3")
  Optional<S3Bucket> bucketS3();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "workgroup"), workgroup());
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "connection_database"), connectionDatabase());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "write_database"), writeDatabase());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AthenaConfig}; not thread-safe. */
  final class Builder extends ImmutableAthenaConfig.Builder {
    Builder() {}
  }
}
