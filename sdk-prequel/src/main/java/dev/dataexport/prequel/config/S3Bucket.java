package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * {@code bucket_s3}: an S3 bucket, shared by every block that stages or stores files in S3 (athena,
 * clickhouse, databricks, delta_lake, iceberg, redshift). Its credentials are the {@code
 * bucket_auth_method} choice ({@link AwsBucketAuth}); the reference page shows that selector on
 * iceberg's buckets and only the {@code aws_access_keys} object on clickhouse's and databricks', so
 * the SDK sends the selector everywhere. Build with {@link #of(String, String)} and the {@code
 * with...} methods.
 *
 * @param bucketName the bucket
 * @param bucketRegion the bucket's AWS region, for example {@code us-east-1}
 * @param folder a folder (key prefix) inside the bucket, or null
 * @param auth the credentials, or null to keep the stored ones (athena passes its block-level keys
 *     instead)
 */
public record S3Bucket(
    @JsonProperty("bucket_name") String bucketName,
    @JsonProperty("bucket_region") String bucketRegion,
    @JsonProperty("folder") String folder,
    @JsonIgnore AwsBucketAuth auth)
    implements StagingBucket, DeltaLakeBucket, IcebergStorage {
  /** Requires the bucket name and region; a folder, when given, must not be blank. */
  public S3Bucket {
    Checks.notBlank("bucket_s3.bucket_name", bucketName);
    Checks.notBlank("bucket_s3.bucket_region", bucketRegion);
    if (folder != null) {
      Checks.notBlank("bucket_s3.folder", folder);
    }
  }

  /** A bucket with no folder and no credentials. */
  public static S3Bucket of(String bucketName, String bucketRegion) {
    return new S3Bucket(bucketName, bucketRegion, null, null);
  }

  /** This bucket with a folder. */
  public S3Bucket withFolder(String folder) {
    return new S3Bucket(bucketName, bucketRegion, folder, auth);
  }

  /** This bucket with credentials. */
  public S3Bucket withAuth(AwsBucketAuth auth) {
    return new S3Bucket(
        bucketName, bucketRegion, folder, Checks.notNull("bucket_s3.bucket_auth_method", auth));
  }

  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  Choices choiceFields() {
    return Choices.fields().add("bucket_auth_method", auth);
  }

  @Override
  public String optionName() {
    return "bucket_s3";
  }
}
