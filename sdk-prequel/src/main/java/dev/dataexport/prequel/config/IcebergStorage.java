package dev.dataexport.prequel.config;

/**
 * An Iceberg catalog's {@code storage_options}: {@code bucket_s3} or {@code bucket_gcs}. The
 * reference page shows no selector field, so only the chosen sibling object is sent inside {@code
 * storage_options}.
 */
public sealed interface IcebergStorage extends ChoiceOption permits S3Bucket, GcsBucket {}
