package dev.dataexport.prequel.config;

/**
 * The {@code bucket_vendor} choice of a staging bucket (clickhouse, databricks' hive metastore):
 * {@code bucket_s3}, {@code bucket_gcs} or {@code bucket_implicit}.
 */
public sealed interface StagingBucket extends ChoiceOption
    permits S3Bucket, GcsBucket, StagingBucket.Implicit {
  /** {@code "bucket_vendor": "bucket_implicit"}: the warehouse's own storage, no sibling object. */
  static StagingBucket implicit() {
    return Implicit.INSTANCE;
  }

  /** The implicit bucket. */
  enum Implicit implements StagingBucket {
    /** The one value. */
    INSTANCE;

    @Override
    public String optionName() {
      return "bucket_implicit";
    }

    @Override
    public Object optionBody() {
      return null;
    }
  }
}
