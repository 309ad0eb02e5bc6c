package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * The catalog of an iceberg block: {@code catalog_iceberg_rest}, {@code catalog_glue}, {@code
 * catalog_s3_tables} or {@code catalog_google_lakehouse}. The reference page shows no selector
 * field, so only the chosen catalog object is sent. Each catalog nests its storage bucket, and each
 * bucket its credentials, as typed choices.
 */
public sealed interface IcebergCatalog extends ChoiceOption
    permits IcebergCatalog.Rest,
        IcebergCatalog.Glue,
        IcebergCatalog.S3Tables,
        IcebergCatalog.GoogleLakehouse {

  /**
   * {@code catalog_iceberg_rest} without a warehouse (add one with {@link
   * Rest#withWarehouse(String)}).
   */
  static Rest rest(String namespace, IcebergRestAuth auth, IcebergStorage storage) {
    return new Rest(namespace, null, auth, storage);
  }

  /** {@code catalog_glue} storing data in an S3 bucket. */
  static IcebergCatalog glue(String database, S3Bucket storage) {
    return new Glue(database, storage);
  }

  /** {@code catalog_s3_tables}. */
  static IcebergCatalog s3Tables(String database, String tableBucketArn, S3Bucket storage) {
    return new S3Tables(database, tableBucketArn, storage);
  }

  /** {@code catalog_google_lakehouse}. */
  static IcebergCatalog googleLakehouse(
      String projectId,
      String catalogName,
      String schema,
      String bucketName,
      GcpServiceAccountAuth auth) {
    return new GoogleLakehouse(projectId, catalogName, schema, bucketName, auth);
  }

  /** Writes {@code storage_options: {bucket_x: {...}}}. */
  private static Choices storageOptions(IcebergStorage storage) {
    return Choices.fields().add(null, storage);
  }

  /**
   * {@code catalog_iceberg_rest}: an Iceberg REST catalog.
   *
   * @param namespace the namespace tables are written to
   * @param warehouse the warehouse, or null when the catalog needs none
   * @param auth the catalog credentials (sent as their sibling object only)
   * @param storage the storage bucket
   */
  record Rest(
      @JsonProperty("namespace") String namespace,
      @JsonProperty("warehouse") String warehouse,
      @JsonIgnore IcebergRestAuth auth,
      @JsonIgnore IcebergStorage storage)
      implements IcebergCatalog {
    /** Requires namespace, credentials and storage; a given warehouse must not be blank. */
    public Rest {
      Checks.notBlank("catalog_iceberg_rest.namespace", namespace);
      if (warehouse != null) {
        Checks.notBlank("catalog_iceberg_rest.warehouse", warehouse);
      }
      Checks.notNull("catalog_iceberg_rest.auth", auth);
      Checks.notNull("catalog_iceberg_rest.storage_options", storage);
    }

    /** This catalog with a warehouse. */
    public Rest withWarehouse(String warehouse) {
      return new Rest(namespace, warehouse, auth, storage);
    }

    @JsonUnwrapped
    @JsonProperty("choices") // never written: the fields land in this object
    Choices choiceFields() {
      return Choices.fields().add(null, auth).field("storage_options", storageOptions(storage));
    }

    @Override
    public String optionName() {
      return "catalog_iceberg_rest";
    }
  }

  /**
   * {@code catalog_glue}: AWS Glue, storing data in S3.
   *
   * @param database the Glue database
   * @param storage the S3 bucket
   */
  record Glue(@JsonProperty("database") String database, @JsonIgnore S3Bucket storage)
      implements IcebergCatalog {
    /** Requires both parts. */
    public Glue {
      Checks.notBlank("catalog_glue.database", database);
      Checks.notNull("catalog_glue.storage_options", storage);
    }

    @JsonUnwrapped
    @JsonProperty("choices") // never written: the fields land in this object
    Choices choiceFields() {
      return Choices.fields().field("storage_options", storageOptions(storage));
    }

    @Override
    public String optionName() {
      return "catalog_glue";
    }
  }

  /**
   * {@code catalog_s3_tables}: Amazon S3 Tables.
   *
   * @param database the database (namespace)
   * @param tableBucketArn the table bucket's ARN
   * @param storage the S3 bucket
   */
  record S3Tables(
      @JsonProperty("database") String database,
      @JsonProperty("table_bucket_arn") String tableBucketArn,
      @JsonIgnore S3Bucket storage)
      implements IcebergCatalog {
    /** Requires every part. */
    public S3Tables {
      Checks.notBlank("catalog_s3_tables.database", database);
      Checks.notBlank("catalog_s3_tables.table_bucket_arn", tableBucketArn);
      Checks.notNull("catalog_s3_tables.storage_options", storage);
    }

    @JsonUnwrapped
    @JsonProperty("choices") // never written: the fields land in this object
    Choices choiceFields() {
      return Choices.fields().field("storage_options", storageOptions(storage));
    }

    @Override
    public String optionName() {
      return "catalog_s3_tables";
    }
  }

  /**
   * {@code catalog_google_lakehouse}: Google's BigLake lakehouse catalog.
   *
   * @param projectId the Google Cloud project
   * @param catalogName the catalog
   * @param schema the schema
   * @param bucketName the GCS bucket holding the data
   * @param auth the service account (sent as its sibling object only)
   */
  record GoogleLakehouse(
      @JsonProperty("project_id") String projectId,
      @JsonProperty("catalog_name") String catalogName,
      @JsonProperty("schema") String schema,
      @JsonProperty("bucket_name") String bucketName,
      @JsonIgnore GcpServiceAccountAuth auth)
      implements IcebergCatalog {
    /** Requires every part. */
    public GoogleLakehouse {
      Checks.notBlank("catalog_google_lakehouse.project_id", projectId);
      Checks.notBlank("catalog_google_lakehouse.catalog_name", catalogName);
      Checks.notBlank("catalog_google_lakehouse.schema", schema);
      Checks.notBlank("catalog_google_lakehouse.bucket_name", bucketName);
      Checks.notNull("catalog_google_lakehouse.auth", auth);
    }

    @JsonUnwrapped
    @JsonProperty("choices") // never written: the fields land in this object
    Choices choiceFields() {
      return Choices.fields().add(null, auth);
    }

    @Override
    public String optionName() {
      return "catalog_google_lakehouse";
    }
  }
}
