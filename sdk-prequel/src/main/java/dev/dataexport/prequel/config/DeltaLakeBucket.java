package dev.dataexport.prequel.config;

/**
 * Where a delta_lake table lives: {@code bucket_abs}, {@code bucket_gcs}, {@code
 * bucket_s3_compatible}, or {@code bucket_s3} (not on the reference page; inferred from the other
 * blocks). The page shows no selector field for this choice, so only the chosen sibling object is
 * sent.
 */
public sealed interface DeltaLakeBucket extends ChoiceOption
    permits S3Bucket, GcsBucket, AbsBucket, S3CompatibleBucket {}
