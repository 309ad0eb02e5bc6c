package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** Every documented response field of a vendor block has a typed accessor. */
class VendorSettingsTest {
  private static VendorSettings settings(String vendor, String blockJson) {
    return new VendorSettings(vendor, (ObjectNode) TestSupport.json(blockJson));
  }

  @Test
  void readsTheAbsBlockOfTheResponsePage() {
    VendorSettings abs =
        settings(
            "abs",
            """
            {"folder": "exports", "container_name": "c1", "auth_method": "azure_service_shared_access_signature",
             "storage_account_name": "acct", "disable_manifest": true, "csv": {"delimiter": "\\t"}}""");

    assertThat(abs.folder()).contains("exports");
    assertThat(abs.containerName()).contains("c1");
    assertThat(abs.authMethod()).contains("azure_service_shared_access_signature");
    assertThat(abs.storageAccountName()).contains("acct");
    assertThat(abs.disableManifest()).contains(true);
    assertThat(abs.csvDelimiter()).contains("\t");
  }

  @Test
  void readsTheFieldsOfTheOtherBlocks() {
    VendorSettings mixed =
        settings(
            "x",
            """
            {"connection_database": "app", "write_database": "export", "use_ssh_tunnel": true,
             "disable_ssl": false, "connection_timeout_in_seconds": 30, "cluster": "main",
             "catalog": "main", "http_path": "/sql", "workgroup": "primary", "bucket_region": "us-east-1",
             "bucket_vendor": "bucket_s3", "metastore": "hive", "retention_window_days": 7,
             "column_mapping_mode": "name", "deletion_vectors_disabled": true,
             "change_data_feed_disabled": false, "authentication_database": "admin", "username": "u",
             "primary_key_collation": "Latin1_General_BIN2", "project_id": "p", "dataset": "d",
             "file_format": "parquet", "bucket_name": "b",
             "bucket_s3": {"bucket_name": "staging", "bucket_region": "eu-west-1"}}""");

    assertThat(mixed.connectionDatabase()).contains("app");
    assertThat(mixed.writeDatabase()).contains("export");
    assertThat(mixed.useSshTunnel()).contains(true);
    assertThat(mixed.disableSsl()).contains(false);
    assertThat(mixed.connectionTimeoutInSeconds()).hasValue(30);
    assertThat(mixed.cluster()).contains("main");
    assertThat(mixed.catalog()).contains("main");
    assertThat(mixed.httpPath()).contains("/sql");
    assertThat(mixed.workgroup()).contains("primary");
    assertThat(mixed.bucketRegion()).contains("us-east-1");
    assertThat(mixed.bucketVendor()).contains("bucket_s3");
    assertThat(mixed.metastore()).contains("hive");
    assertThat(mixed.retentionWindowDays()).hasValue(7);
    assertThat(mixed.columnMappingMode()).contains("name");
    assertThat(mixed.deletionVectorsDisabled()).contains(true);
    assertThat(mixed.changeDataFeedDisabled()).contains(false);
    assertThat(mixed.authenticationDatabase()).contains("admin");
    assertThat(mixed.username()).contains("u");
    assertThat(mixed.primaryKeyCollation()).contains("Latin1_General_BIN2");
    assertThat(mixed.projectId()).contains("p");
    assertThat(mixed.dataset()).contains("d");
    assertThat(mixed.fileFormat()).contains("parquet");
    assertThat(mixed.bucketName()).contains("b");
    VendorSettings bucket = mixed.child("bucket_s3").orElseThrow();
    assertThat(bucket.vendorKey()).isEqualTo("x.bucket_s3");
    assertThat(bucket.bucketRegion()).contains("eu-west-1");
    assertThat(mixed.child("cluster")).isEmpty();
  }

  @Test
  void aFieldOfAnotherTypeOrAbsentIsEmpty() {
    VendorSettings odd = settings("abs", "{\"disable_manifest\": \"yes\", \"csv\": 3}");

    assertThat(odd.disableManifest()).isEmpty();
    assertThat(odd.csvDelimiter()).isEmpty();
    assertThat(odd.containerName()).isEmpty();
  }
}
