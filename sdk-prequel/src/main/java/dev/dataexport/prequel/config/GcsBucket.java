package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * {@code bucket_gcs}: a Google Cloud Storage bucket (clickhouse staging, delta_lake, iceberg
 * storage). Its credentials are the {@code bucket_auth_method} choice ({@link GcpBucketAuth}); the
 * reference page shows that selector on iceberg's bucket and only the sibling objects elsewhere, so
 * the SDK sends the selector everywhere. Build with {@link #named(String)} or {@link
 * #of(GcpBucketAuth)} and the {@code with...} methods.
 *
 * @param bucketName the bucket, or null to keep the stored one
 * @param folder a folder inside the bucket, or null
 * @param auth the credentials, or null to keep the stored ones
 */
public record GcsBucket(
    @JsonProperty("bucket_name") String bucketName,
    @JsonProperty("folder") String folder,
    @JsonIgnore GcpBucketAuth auth)
    implements StagingBucket, DeltaLakeBucket, IcebergStorage {
  /** Requires the name or the credentials; given strings must not be blank. */
  public GcsBucket {
    if (bucketName == null && auth == null) {
      throw new IllegalArgumentException("bucket_gcs needs a bucket_name or credentials");
    }
    if (bucketName != null) {
      Checks.notBlank("bucket_gcs.bucket_name", bucketName);
    }
    if (folder != null) {
      Checks.notBlank("bucket_gcs.folder", folder);
    }
  }

  /** A bucket by name, without folder or credentials. */
  public static GcsBucket named(String bucketName) {
    return new GcsBucket(Checks.notBlank("bucket_gcs.bucket_name", bucketName), null, null);
  }

  /** New credentials for the stored bucket (the delta_lake shape on the reference page). */
  public static GcsBucket of(GcpBucketAuth auth) {
    return new GcsBucket(null, null, Checks.notNull("bucket_gcs.bucket_auth_method", auth));
  }

  /** This bucket with a folder. */
  public GcsBucket withFolder(String folder) {
    return new GcsBucket(bucketName, folder, auth);
  }

  /** This bucket with credentials. */
  public GcsBucket withAuth(GcpBucketAuth auth) {
    return new GcsBucket(bucketName, folder, Checks.notNull("bucket_gcs.bucket_auth_method", auth));
  }

  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  Choices choiceFields() {
    return Choices.fields().add("bucket_auth_method", auth);
  }

  @Override
  public String optionName() {
    return "bucket_gcs";
  }
}
