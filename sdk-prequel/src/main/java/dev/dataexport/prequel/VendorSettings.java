package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A destination's vendor block as Prequel returns it (without secrets): the raw JSON plus a typed
 * reader for every non-secret field of every block on Prequel's reference page (the response page
 * documents the {@code abs} block; the other blocks come back with the fields of their request
 * shape, credentials left out). A field a block does not have, or of another JSON type, is empty.
 * Nested objects (a staging bucket, a catalog, {@code csv}) are reached with {@link #child}.
 * Immutable (the JSON is copied in and out) and thread-safe.
 */
public final class VendorSettings {
  private final String vendorKey;
  private final ObjectNode json;

  VendorSettings(String vendorKey, ObjectNode json) {
    this.vendorKey = vendorKey;
    this.json = json.deepCopy();
  }

  /** The block's key, for example {@code postgres}. */
  public String vendorKey() {
    return vendorKey;
  }

  /** A copy of the block's JSON. */
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** A top-level text field of the block, if present and textual. */
  public Optional<String> text(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }

  /** A top-level whole-number field of the block, if present, integral and within a long. */
  public OptionalLong integer(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isIntegralNumber() && node.canConvertToLong()
        ? OptionalLong.of(node.longValue())
        : OptionalLong.empty();
  }

  /** A top-level boolean field of the block, if present and boolean. */
  public Optional<Boolean> bool(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
  }

  /** {@code host}. */
  public Optional<String> host() {
    return text("host");
  }

  /** {@code port}. */
  public OptionalLong port() {
    return integer("port");
  }

  /** {@code database}. */
  public Optional<String> database() {
    return text("database");
  }

  /** {@code schema}. */
  public Optional<String> schema() {
    return text("schema");
  }

  /**
   * {@code auth_method}: which credential kind is stored (the credential itself is never returned).
   */
  public Optional<String> authMethod() {
    return text("auth_method");
  }

  /** {@code bucket_name}. */
  public Optional<String> bucketName() {
    return text("bucket_name");
  }

  /** {@code folder}. */
  public Optional<String> folder() {
    return text("folder");
  }

  /** {@code container_name}: the Azure container ({@code abs}). */
  public Optional<String> containerName() {
    return text("container_name");
  }

  /** {@code storage_account_name}: the Azure storage account ({@code abs}). */
  public Optional<String> storageAccountName() {
    return text("storage_account_name");
  }

  /** {@code disable_manifest}: whether Prequel writes no manifest file (object storage blocks). */
  public Optional<Boolean> disableManifest() {
    return bool("disable_manifest");
  }

  /**
   * {@code file_format}: the file format selector ({@code parquet} or {@code csv}; object storage
   * blocks).
   */
  public Optional<String> fileFormat() {
    return text("file_format");
  }

  /**
   * {@code connection_database}: the database Prequel connects to (MySQL family, ClickHouse,
   * Athena).
   */
  public Optional<String> connectionDatabase() {
    return text("connection_database");
  }

  /**
   * {@code write_database}: the database Prequel writes to (MySQL family, ClickHouse, Athena,
   * MongoDB).
   */
  public Optional<String> writeDatabase() {
    return text("write_database");
  }

  /** {@code use_ssh_tunnel}: whether Prequel connects through its SSH tunnel. */
  public Optional<Boolean> useSshTunnel() {
    return bool("use_ssh_tunnel");
  }

  /** {@code disable_ssl}: whether Prequel connects without TLS. */
  public Optional<Boolean> disableSsl() {
    return bool("disable_ssl");
  }

  /**
   * {@code connection_timeout_in_seconds}: the connection timeout in seconds (PostgreSQL family).
   */
  public OptionalLong connectionTimeoutInSeconds() {
    return integer("connection_timeout_in_seconds");
  }

  /** {@code cluster}: the ClickHouse cluster. */
  public Optional<String> cluster() {
    return text("cluster");
  }

  /** {@code catalog}: the Databricks catalog. */
  public Optional<String> catalog() {
    return text("catalog");
  }

  /** {@code http_path}: the Databricks SQL warehouse's HTTP path. */
  public Optional<String> httpPath() {
    return text("http_path");
  }

  /** {@code workgroup}: the Athena workgroup. */
  public Optional<String> workgroup() {
    return text("workgroup");
  }

  /** {@code bucket_region}: the bucket's region ({@code s3}, {@code s3_compatible}). */
  public Optional<String> bucketRegion() {
    return text("bucket_region");
  }

  /**
   * {@code bucket_vendor}: the staging bucket selector ({@code bucket_s3}, {@code bucket_gcs},
   * {@code bucket_implicit}).
   */
  public Optional<String> bucketVendor() {
    return text("bucket_vendor");
  }

  /**
   * {@code metastore}: the Databricks metastore selector ({@code hive} or {@code unity_catalog}).
   */
  public Optional<String> metastore() {
    return text("metastore");
  }

  /**
   * {@code retention_window_days}: how many days of table history are kept (Delta Lake, Iceberg).
   */
  public OptionalLong retentionWindowDays() {
    return integer("retention_window_days");
  }

  /** {@code column_mapping_mode}: the Delta Lake column mapping mode. */
  public Optional<String> columnMappingMode() {
    return text("column_mapping_mode");
  }

  /** {@code deletion_vectors_disabled}: whether Delta Lake deletion vectors are off. */
  public Optional<Boolean> deletionVectorsDisabled() {
    return bool("deletion_vectors_disabled");
  }

  /** {@code change_data_feed_disabled}: whether the Delta Lake change data feed is off. */
  public Optional<Boolean> changeDataFeedDisabled() {
    return bool("change_data_feed_disabled");
  }

  /** {@code authentication_database}: the MongoDB authentication database. */
  public Optional<String> authenticationDatabase() {
    return text("authentication_database");
  }

  /**
   * {@code username}: the user name of blocks that carry it at top level ({@code sftp}, {@code
   * snowflake}).
   */
  public Optional<String> username() {
    return text("username");
  }

  /** {@code primary_key_collation}: the SQL Server primary key collation. */
  public Optional<String> primaryKeyCollation() {
    return text("primary_key_collation");
  }

  /** {@code project_id}: the Google Cloud project ({@code bigquery}). */
  public Optional<String> projectId() {
    return text("project_id");
  }

  /** {@code dataset}: the BigQuery dataset. */
  public Optional<String> dataset() {
    return text("dataset");
  }

  /**
   * {@code csv.delimiter}: the CSV delimiter, when the block writes CSV files ({@code abs}, ...).
   */
  public Optional<String> csvDelimiter() {
    return child("csv").flatMap(csv -> csv.text("delimiter"));
  }

  /**
   * A nested object of the block, read with the same typed accessors: {@code
   * child("bucket_s3").flatMap(VendorSettings::bucketRegion)}. Its {@link #vendorKey()} is the
   * path, for example {@code redshift.bucket_s3}.
   */
  public Optional<VendorSettings> child(String field) {
    JsonNode node = json.get(Checks.notNull("field", field));
    return node != null && node.isObject()
        ? Optional.of(new VendorSettings(vendorKey + "." + field, (ObjectNode) node))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof VendorSettings
        && ((VendorSettings) other).vendorKey.equals(vendorKey)
        && ((VendorSettings) other).json.equals(json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vendorKey, json);
  }

  @Override
  public String toString() {
    return "VendorSettings{" + vendorKey + ": " + json + "}";
  }
}
