package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Redshift family (inferred from Prequel's React SDK): database fields plus an S3 staging
 * bucket.
 */
public interface RedshiftFields extends DatabaseSchemaFields {
  /** The S3 bucket data is staged in before loading. */
  @JsonProperty("bucket_s3")
  Optional<S3Bucket> bucketS3();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    DatabaseSchemaFields.super.validate();
  }
}
