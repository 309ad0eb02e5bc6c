package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.config.RawVendorBlock;
import dev.dataexport.prequel.config.VendorBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a new destination's vendor block must hold: its connection fields and its credential. An
 * update may set any subset (Prequel merges it into the stored block), a creation may not. Each
 * entry is a JSON member of the block, or alternatives written {@code a|b} of which one must be
 * present. Inferred from the blocks on Prequel's reference page, since Prequel publishes no
 * required list for creation. Not part of the public API.
 */
public final class NewDestinationRules {
  private static final List<String> WRITE_DATABASE =
      List.of("host", "port", "connection_database", "write_database", "auth_method");
  private static final List<String> DATABASE_SCHEMA =
      List.of("host", "port", "database", "schema", "auth_method");

  private static final Map<String, List<String>> REQUIRED =
      Map.ofEntries(
          Map.entry("abs", List.of("container_name", "storage_account_name", "auth_method")),
          Map.entry(
              "athena",
              List.of("connection_database", "write_database", "aws_access_keys", "bucket_s3")),
          Map.entry("aurora_mysql", WRITE_DATABASE),
          Map.entry("aurora_postgres", DATABASE_SCHEMA),
          Map.entry(
              "bigquery",
              List.of("project_id", "dataset", "gcp_service_account_key|gcp_service_account_role")),
          Map.entry("clickhouse", WRITE_DATABASE),
          Map.entry(
              "databricks",
              List.of("host", "schema", "catalog", "http_path", "oauth_client_secret_auth")),
          Map.entry("delta_lake", List.of("bucket_abs|bucket_gcs|bucket_s3_compatible|bucket_s3")),
          Map.entry(
              "gcs",
              List.of(
                  "bucket_name", "gcp_service_account_role|gcs_hmac_keys|gcp_service_account_key")),
          Map.entry("google_sheets", List.of("host")),
          Map.entry(
              "iceberg",
              List.of(
                  "catalog_iceberg_rest|catalog_glue|catalog_s3_tables|catalog_google_lakehouse")),
          Map.entry("mongodb", List.of("host", "write_database", "password_auth")),
          Map.entry("motherduck", List.of("database", "auth_method")),
          Map.entry("mysql", WRITE_DATABASE),
          Map.entry("oracle", DATABASE_SCHEMA),
          Map.entry("planetscale", WRITE_DATABASE),
          Map.entry("postgres", DATABASE_SCHEMA),
          Map.entry("redshift", DATABASE_SCHEMA),
          Map.entry("redshift_serverless", DATABASE_SCHEMA),
          Map.entry("s3", List.of("bucket_name", "bucket_region", "aws_access_keys")),
          Map.entry("s3_compatible", List.of("host", "bucket_name", "access_keys")),
          Map.entry("sftp", List.of("host", "port", "username", "auth_method")),
          Map.entry("singlestore", WRITE_DATABASE),
          Map.entry("snowflake", List.of("host", "username", "database", "schema")),
          Map.entry("sql_server", DATABASE_SCHEMA));

  private NewDestinationRules() {}

  /**
   * Checks that {@code block} holds every member a new destination of its vendor needs.
   *
   * @throws IllegalStateException {@code destination.postgres.host, destination.postgres.port are
   *     required}, naming every missing member (never a value)
   */
  public static void check(VendorBlock block) {
    List<String> required = REQUIRED.get(block.vendorKey());
    if (required == null || block instanceof RawVendorBlock) {
      return; // a vendor or block this SDK does not type: sent as given
    }
    // Written with the redacting mapper: only which members are present matters, and no secret
    // is revealed (or recorded for scrubbing) by a check.
    JsonNode json = Json.redactingMapper().valueToTree(block);
    List<String> missing = new ArrayList<>();
    for (String entry : required) {
      boolean present = false;
      for (String member : entry.split("\\|")) {
        present |= json.hasNonNull(member);
      }
      if (!present) {
        missing.add(PrequelChecks.path(block.vendorKey(), entry.replace("|", " or ")));
      }
    }
    if (!missing.isEmpty()) {
      throw new Checks.MissingFields(missing.toArray(String[]::new));
    }
  }
}
