package dev.dataexport.prequel;

import dev.dataexport.core.Secret;
import dev.dataexport.prequel.config.AbsBucket;
import dev.dataexport.prequel.config.AbsBucketAuth;
import dev.dataexport.prequel.config.AbsConfig;
import dev.dataexport.prequel.config.AccessKeys;
import dev.dataexport.prequel.config.AthenaConfig;
import dev.dataexport.prequel.config.AuroraMysqlConfig;
import dev.dataexport.prequel.config.AuroraPostgresConfig;
import dev.dataexport.prequel.config.AwsBucketAuth;
import dev.dataexport.prequel.config.BigQueryConfig;
import dev.dataexport.prequel.config.ClickHouseConfig;
import dev.dataexport.prequel.config.DatabricksConfig;
import dev.dataexport.prequel.config.DeltaLakeConfig;
import dev.dataexport.prequel.config.FileFormat;
import dev.dataexport.prequel.config.GcpBucketAuth;
import dev.dataexport.prequel.config.GcpServiceAccountAuth;
import dev.dataexport.prequel.config.GcsBucket;
import dev.dataexport.prequel.config.GcsConfig;
import dev.dataexport.prequel.config.GoogleSheetsConfig;
import dev.dataexport.prequel.config.IcebergCatalog;
import dev.dataexport.prequel.config.IcebergConfig;
import dev.dataexport.prequel.config.IcebergRestAuth;
import dev.dataexport.prequel.config.Metastore;
import dev.dataexport.prequel.config.MongoDbConfig;
import dev.dataexport.prequel.config.MotherDuckAuth;
import dev.dataexport.prequel.config.MotherDuckConfig;
import dev.dataexport.prequel.config.MysqlConfig;
import dev.dataexport.prequel.config.OracleConfig;
import dev.dataexport.prequel.config.OracleSslOptions;
import dev.dataexport.prequel.config.PlanetScaleConfig;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.config.RedshiftConfig;
import dev.dataexport.prequel.config.RedshiftServerlessConfig;
import dev.dataexport.prequel.config.S3Bucket;
import dev.dataexport.prequel.config.S3CompatibleBucket;
import dev.dataexport.prequel.config.S3CompatibleConfig;
import dev.dataexport.prequel.config.S3Config;
import dev.dataexport.prequel.config.SftpAuth;
import dev.dataexport.prequel.config.SftpConfig;
import dev.dataexport.prequel.config.SingleStoreConfig;
import dev.dataexport.prequel.config.SnowflakeConfig;
import dev.dataexport.prequel.config.SqlServerConfig;
import dev.dataexport.prequel.config.StagingBucket;
import dev.dataexport.prequel.config.VendorBlock;
import java.util.List;

/**
 * One fully populated block per vendor (plus one per further choice option), each next to the JSON
 * it must produce. The JSON follows the block's shape on the reference page; where the SDK
 * deliberately differs, the case says so: (a) a choice the page shows with all options at once is
 * sent with one, (b) a selector the page omits but Prequel's notes document ({@code bucket_vendor},
 * {@code metastore}, {@code bucket_auth_method}) is sent, (c) blocks the page does not show
 * (bigquery, redshift, redshift_serverless, s3_compatible, file_format) are inferred. Every secret
 * value contains {@value #CANARY}.
 */
final class VendorBlockCases {
  static final String CANARY = "CANARY";

  /**
   * A case.
   *
   * @param name the case name (the vendor key, plus the option for extra cases)
   * @param block the typed block
   * @param json the block's expected JSON
   */
  record Case(String name, VendorBlock block, String json) {
    @Override
    public String toString() {
      return name;
    }
  }

  private VendorBlockCases() {}

  static Secret secret(String what) {
    return Secret.of(CANARY + "-" + what);
  }

  private static final String MYSQL_JSON =
      """
      {"host": "db.example.com", "port": 3306, "connection_database": "app", "write_database": "export",
       "auth_method": "password_auth", "password_auth": {"username": "exporter", "password": "CANARY-pw"},
       "use_ssh_tunnel": true, "disable_ssl": false}""";

  private static final String POSTGRES_JSON =
      """
      {"host": "db.example.com", "port": 5432, "database": "analytics", "schema": "export",
       "auth_method": "password_auth", "password_auth": {"username": "exporter", "password": "CANARY-pw"},
       "use_ssh_tunnel": true, "disable_ssl": false, "connection_timeout_in_seconds": 30}""";

  private static final String REDSHIFT_JSON =
      """
      {"host": "wh.example.com", "port": 5439, "database": "dev", "schema": "export",
       "auth_method": "password_auth", "password_auth": {"username": "exporter", "password": "CANARY-pw"},
       "use_ssh_tunnel": false, "disable_ssl": false,
       "bucket_s3": {"bucket_name": "staging", "bucket_region": "us-east-1",
                     "bucket_auth_method": "aws_iam_role",
                     "aws_iam_role": {"aws_iam_role_arn": "arn:aws:iam::123456789012:role/prequel"}}}""";

  private static final String S3_BUCKET_KEYS_JSON =
      """
      {"bucket_name": "staging", "bucket_region": "us-east-1", "bucket_auth_method": "aws_access_keys",
       "aws_access_keys": {"access_id": "AKIAEXAMPLE", "secret_key": "CANARY-aws"}}""";

  private static final String S3_BUCKET_ROLE_JSON =
      """
      {"bucket_auth_method": "aws_iam_role",
       "aws_iam_role": {"aws_iam_role_arn": "arn:aws:iam::123456789012:role/prequel"},
       "bucket_name": "lake", "bucket_region": "us-east-1", "folder": "tables"}""";

  static S3Bucket s3BucketWithKeys() {
    return S3Bucket.of("staging", "us-east-1")
        .withAuth(new AccessKeys("AKIAEXAMPLE", secret("aws")));
  }

  static S3Bucket s3BucketWithRole() {
    return S3Bucket.of("lake", "us-east-1")
        .withFolder("tables")
        .withAuth(AwsBucketAuth.iamRole("arn:aws:iam::123456789012:role/prequel"));
  }

  static List<Case> all() {
    return List.of(
        new Case(
            "abs",
            AbsConfig.builder()
                .folder("exports")
                .containerName("container-1")
                .storageAccountName("account1")
                .auth(new dev.dataexport.prequel.config.SharedAccessSignature(secret("sas")))
                .disableManifest(false)
                .build(),
            """
            {"folder": "exports", "container_name": "container-1", "storage_account_name": "account1",
             "auth_method": "azure_service_shared_access_signature",
             "azure_service_shared_access_signature": {"shared_access_signature_token": "CANARY-sas"},
             "disable_manifest": false}"""),
        new Case(
            "abs+csv (inferred file_format)",
            AbsConfig.builder().fileFormat(FileFormat.csv("|")).build(),
            """
            {"file_format": "csv", "csv": {"delimiter": "|"}}"""),
        new Case(
            "athena",
            AthenaConfig.builder()
                .workgroup("primary")
                .connectionDatabase("source_db")
                .writeDatabase("export_db")
                .awsAccessKeys(new AccessKeys("AKIAEXAMPLE", secret("aws")))
                .bucketS3(S3Bucket.of("athena-results", "us-east-1"))
                .build(),
            """
            {"workgroup": "primary", "connection_database": "source_db", "write_database": "export_db",
             "aws_access_keys": {"access_id": "AKIAEXAMPLE", "secret_key": "CANARY-aws"},
             "bucket_s3": {"bucket_name": "athena-results", "bucket_region": "us-east-1"}}"""),
        new Case(
            "aurora_mysql",
            AuroraMysqlConfig.builder()
                .host("db.example.com")
                .port(3306)
                .connectionDatabase("app")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .build(),
            MYSQL_JSON),
        new Case(
            "aurora_postgres",
            AuroraPostgresConfig.builder()
                .host("db.example.com")
                .port(5432)
                .database("analytics")
                .schema("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .connectionTimeoutInSeconds(30)
                .build(),
            POSTGRES_JSON),
        new Case(
            "bigquery (inferred)",
            BigQueryConfig.builder()
                .projectId("acme-prod")
                .dataset("export")
                .bucketName("bq-staging")
                .auth(
                    GcpServiceAccountAuth.key("prequel@acme.iam.gserviceaccount.com", secret("sa")))
                .build(),
            """
            {"project_id": "acme-prod", "dataset": "export", "bucket_name": "bq-staging",
             "gcp_service_account_key": {"service_account_email": "prequel@acme.iam.gserviceaccount.com",
                                         "service_account_key": "CANARY-sa"}}"""),
        new Case(
            "clickhouse (s3 bucket; selectors added)",
            ClickHouseConfig.builder()
                .host("ch.example.com")
                .port(8443)
                .cluster("main")
                .connectionDatabase("default")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .bucket(s3BucketWithKeys())
                .disableSsl(false)
                .build(),
            """
            {"host": "ch.example.com", "port": 8443, "cluster": "main", "connection_database": "default",
             "write_database": "export", "auth_method": "password_auth",
             "password_auth": {"username": "exporter", "password": "CANARY-pw"},
             "bucket_vendor": "bucket_s3", "bucket_s3": %s, "disable_ssl": false}"""
                .formatted(S3_BUCKET_KEYS_JSON)),
        new Case(
            "clickhouse (gcs bucket)",
            ClickHouseConfig.builder()
                .bucket(
                    GcsBucket.named("staging")
                        .withAuth(GcpBucketAuth.hmacKeys("GOOG1EXAMPLE", secret("hmac"))))
                .build(),
            """
            {"bucket_vendor": "bucket_gcs",
             "bucket_gcs": {"bucket_name": "staging", "bucket_auth_method": "gcs_hmac_keys",
                            "gcs_hmac_keys": {"access_key": "GOOG1EXAMPLE", "secret": "CANARY-hmac"}}}"""),
        new Case(
            "clickhouse (implicit bucket)",
            ClickHouseConfig.builder().bucket(StagingBucket.implicit()).build(),
            """
            {"bucket_vendor": "bucket_implicit"}"""),
        new Case(
            "databricks (hive; metastore selector added)",
            DatabricksConfig.builder()
                .host("dbc.cloud.databricks.com")
                .port(443)
                .schema("export")
                .catalog("main")
                .httpPath("/sql/1.0/warehouses/abc")
                .oauthClientSecretAuth(
                    new dev.dataexport.prequel.config.OAuthClientSecret(
                        "client-1", secret("oauth")))
                .metastore(Metastore.hive(s3BucketWithKeys()))
                .useSshTunnel(false)
                .build(),
            """
            {"host": "dbc.cloud.databricks.com", "port": 443, "schema": "export", "catalog": "main",
             "http_path": "/sql/1.0/warehouses/abc",
             "oauth_client_secret_auth": {"client_id": "client-1", "client_secret": "CANARY-oauth"},
             "metastore": "hive", "hive": {"bucket_vendor": "bucket_s3", "bucket_s3": %s},
             "use_ssh_tunnel": false}"""
                .formatted(S3_BUCKET_KEYS_JSON)),
        new Case(
            "databricks (unity catalog)",
            DatabricksConfig.builder().metastore(Metastore.unityCatalog()).build(),
            """
            {"metastore": "unity_catalog"}"""),
        new Case(
            "delta_lake (abs bucket)",
            DeltaLakeConfig.builder()
                .bucket(
                    AbsBucket.of("account1")
                        .withAuth(AbsBucketAuth.storageAccountAccessKey(secret("abs"))))
                .retentionWindowDays(7)
                .columnMappingMode("none")
                .deletionVectorsDisabled(false)
                .changeDataFeedDisabled(false)
                .build(),
            """
            {"bucket_abs": {"storage_account_name": "account1",
                            "bucket_auth_method": "azure_storage_account_access_key",
                            "azure_storage_account_access_key": {"storage_account_access_key": "CANARY-abs"}},
             "retention_window_days": 7, "column_mapping_mode": "none", "deletion_vectors_disabled": false,
             "change_data_feed_disabled": false}"""),
        new Case(
            "delta_lake (gcs bucket)",
            DeltaLakeConfig.builder()
                .bucket(GcsBucket.of(GcpServiceAccountAuth.role("jsmith@example.com")))
                .build(),
            """
            {"bucket_gcs": {"bucket_auth_method": "gcp_service_account_role",
                            "gcp_service_account_role": {"service_account_email": "jsmith@example.com"}}}"""),
        new Case(
            "delta_lake (s3-compatible bucket)",
            DeltaLakeConfig.builder()
                .bucket(
                    S3CompatibleBucket.of(new AccessKeys("minio", secret("s3c")))
                        .withDisableSsl(true))
                .build(),
            """
            {"bucket_s3_compatible": {"disable_ssl": true, "bucket_auth_method": "access_keys",
                                      "access_keys": {"access_id": "minio", "secret_key": "CANARY-s3c"}}}"""),
        new Case(
            "gcs (service account role)",
            GcsConfig.builder()
                .disableManifest(false)
                .folder("exports")
                .auth(GcpServiceAccountAuth.role("jsmith@example.com"))
                .bucketName("bucket-1")
                .build(),
            """
            {"disable_manifest": false, "folder": "exports",
             "gcp_service_account_role": {"service_account_email": "jsmith@example.com"}, "bucket_name": "bucket-1"}"""),
        new Case(
            "gcs (hmac keys, parquet)",
            GcsConfig.builder()
                .auth(GcpBucketAuth.hmacKeys("GOOG1EXAMPLE", secret("hmac")))
                .fileFormat(FileFormat.parquet())
                .build(),
            """
            {"gcs_hmac_keys": {"access_key": "GOOG1EXAMPLE", "secret": "CANARY-hmac"}, "file_format": "parquet"}"""),
        new Case(
            "google_sheets",
            GoogleSheetsConfig.builder().host("sheets.example.com").build(),
            """
            {"host": "sheets.example.com"}"""),
        new Case(
            "iceberg (rest catalog, bearer token, s3)",
            IcebergConfig.builder()
                .catalog(
                    IcebergCatalog.rest(
                            "exports",
                            IcebergRestAuth.bearerToken(secret("bearer")),
                            s3BucketWithRole())
                        .withWarehouse("wh"))
                .retentionWindowDays(7)
                .build(),
            """
            {"catalog_iceberg_rest": {"oauth_bearer_token_auth": {"password": "CANARY-bearer"},
                                      "storage_options": {"bucket_s3": %s},
                                      "namespace": "exports", "warehouse": "wh"},
             "retention_window_days": 7}"""
                .formatted(S3_BUCKET_ROLE_JSON)),
        new Case(
            "iceberg (rest catalog, client secret, gcs)",
            IcebergConfig.builder()
                .catalog(
                    IcebergCatalog.rest(
                        "exports",
                        IcebergRestAuth.clientSecret("client-1", secret("oauth")),
                        GcsBucket.named("lake")
                            .withFolder("tables")
                            .withAuth(
                                GcpServiceAccountAuth.role("sa@project.iam.gserviceaccount.com"))))
                .build(),
            """
            {"catalog_iceberg_rest": {
               "oauth_client_secret_auth": {"client_id": "client-1", "client_secret": "CANARY-oauth"},
               "storage_options": {"bucket_gcs": {
                  "bucket_auth_method": "gcp_service_account_role",
                  "gcp_service_account_role": {"service_account_email": "sa@project.iam.gserviceaccount.com"},
                  "bucket_name": "lake", "folder": "tables"}},
               "namespace": "exports"}}"""),
        new Case(
            "iceberg (glue)",
            IcebergConfig.builder()
                .catalog(IcebergCatalog.glue("glue_db", s3BucketWithRole()))
                .build(),
            """
            {"catalog_glue": {"storage_options": {"bucket_s3": %s}, "database": "glue_db"}}"""
                .formatted(S3_BUCKET_ROLE_JSON)),
        new Case(
            "iceberg (s3 tables)",
            IcebergConfig.builder()
                .catalog(
                    IcebergCatalog.s3Tables(
                        "ns",
                        "arn:aws:s3tables:us-east-1:123456789012:bucket/t",
                        s3BucketWithRole()))
                .build(),
            """
            {"catalog_s3_tables": {"storage_options": {"bucket_s3": %s}, "database": "ns",
                                   "table_bucket_arn": "arn:aws:s3tables:us-east-1:123456789012:bucket/t"}}"""
                .formatted(S3_BUCKET_ROLE_JSON)),
        new Case(
            "iceberg (google lakehouse)",
            IcebergConfig.builder()
                .catalog(
                    IcebergCatalog.googleLakehouse(
                        "acme-prod",
                        "lakehouse",
                        "export",
                        "lake-bucket",
                        GcpServiceAccountAuth.key(
                            "sa@project.iam.gserviceaccount.com", secret("sa"))))
                .build(),
            """
            {"catalog_google_lakehouse": {"project_id": "acme-prod", "catalog_name": "lakehouse",
               "schema": "export", "bucket_name": "lake-bucket",
               "gcp_service_account_key": {"service_account_email": "sa@project.iam.gserviceaccount.com",
                                           "service_account_key": "CANARY-sa"}}}"""),
        new Case(
            "mongodb",
            MongoDbConfig.builder()
                .host("mongo.example.com")
                .port(27017)
                .authenticationDatabase("admin")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(false)
                .disableSsl(false)
                .build(),
            """
            {"host": "mongo.example.com", "port": 27017, "authentication_database": "admin",
             "write_database": "export", "password_auth": {"username": "exporter", "password": "CANARY-pw"},
             "use_ssh_tunnel": false, "disable_ssl": false}"""),
        new Case(
            "motherduck (access_token_auth object inferred)",
            MotherDuckConfig.builder()
                .database("my_db")
                .schema("main")
                .auth(MotherDuckAuth.accessToken(secret("md")))
                .build(),
            """
            {"database": "my_db", "schema": "main", "auth_method": "access_token_auth",
             "access_token_auth": {"access_token": "CANARY-md"}}"""),
        new Case(
            "mysql",
            MysqlConfig.builder()
                .host("db.example.com")
                .port(3306)
                .connectionDatabase("app")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .build(),
            MYSQL_JSON),
        new Case(
            "oracle",
            OracleConfig.builder()
                .sslOptions(new OracleSslOptions(secret("wallet")))
                .disableSsl(false)
                .host("oracle.example.com")
                .port(1521)
                .database("ORCL")
                .schema("EXPORT")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(false)
                .build(),
            """
            {"ssl_options": {"wallet": "CANARY-wallet"}, "disable_ssl": false, "host": "oracle.example.com",
             "port": 1521, "database": "ORCL", "schema": "EXPORT", "auth_method": "password_auth",
             "password_auth": {"username": "exporter", "password": "CANARY-pw"}, "use_ssh_tunnel": false}"""),
        new Case(
            "planetscale",
            PlanetScaleConfig.builder()
                .host("db.example.com")
                .port(3306)
                .connectionDatabase("app")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .build(),
            MYSQL_JSON),
        new Case(
            "postgres",
            PostgresConfig.builder()
                .host("db.example.com")
                .port(5432)
                .database("analytics")
                .schema("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .connectionTimeoutInSeconds(30)
                .build(),
            POSTGRES_JSON),
        new Case(
            "redshift (inferred)",
            RedshiftConfig.builder()
                .host("wh.example.com")
                .port(5439)
                .database("dev")
                .schema("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(false)
                .disableSsl(false)
                .bucketS3(
                    S3Bucket.of("staging", "us-east-1")
                        .withAuth(AwsBucketAuth.iamRole("arn:aws:iam::123456789012:role/prequel")))
                .build(),
            REDSHIFT_JSON),
        new Case(
            "redshift_serverless (inferred)",
            RedshiftServerlessConfig.builder()
                .host("wh.example.com")
                .port(5439)
                .database("dev")
                .schema("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(false)
                .disableSsl(false)
                .bucketS3(
                    S3Bucket.of("staging", "us-east-1")
                        .withAuth(AwsBucketAuth.iamRole("arn:aws:iam::123456789012:role/prequel")))
                .build(),
            REDSHIFT_JSON),
        new Case(
            "s3",
            S3Config.builder()
                .disableManifest(false)
                .folder("exports")
                .awsAccessKeys(new AccessKeys("AKIAEXAMPLE", secret("aws")))
                .bucketName("bucket-1")
                .bucketRegion("us-east-1")
                .useSshTunnel(false)
                .build(),
            """
            {"disable_manifest": false, "folder": "exports",
             "aws_access_keys": {"access_id": "AKIAEXAMPLE", "secret_key": "CANARY-aws"},
             "bucket_name": "bucket-1", "bucket_region": "us-east-1", "use_ssh_tunnel": false}"""),
        new Case(
            "s3_compatible (inferred)",
            S3CompatibleConfig.builder()
                .host("minio.example.com")
                .bucketName("bucket-1")
                .bucketRegion("us-east-1")
                .folder("exports")
                .accessKeys(new AccessKeys("minio", secret("s3c")))
                .disableSsl(false)
                .disableManifest(true)
                .fileFormat(FileFormat.csv(","))
                .build(),
            """
            {"host": "minio.example.com", "bucket_name": "bucket-1", "bucket_region": "us-east-1",
             "folder": "exports", "access_keys": {"access_id": "minio", "secret_key": "CANARY-s3c"},
             "disable_ssl": false, "disable_manifest": true, "file_format": "csv", "csv": {"delimiter": ","}}"""),
        new Case(
            "sftp",
            SftpConfig.builder()
                .username("exporter")
                .host("sftp.example.com")
                .port(22)
                .folder("exports")
                .auth(SftpAuth.publicKey("ssh-ed25519 AAAAC3Nza prequel"))
                .build(),
            """
            {"username": "exporter", "host": "sftp.example.com", "port": 22, "folder": "exports",
             "auth_method": "public_key_auth", "public_key_auth": {"public_key": "ssh-ed25519 AAAAC3Nza prequel"}}"""),
        new Case(
            "singlestore",
            SingleStoreConfig.builder()
                .host("db.example.com")
                .port(3306)
                .connectionDatabase("app")
                .writeDatabase("export")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(true)
                .disableSsl(false)
                .build(),
            MYSQL_JSON),
        new Case(
            "snowflake",
            SnowflakeConfig.builder()
                .username("PREQUEL")
                .host("acme.snowflakecomputing.com")
                .port(443)
                .database("ANALYTICS")
                .schema("EXPORT")
                .build(),
            """
            {"username": "PREQUEL", "host": "acme.snowflakecomputing.com", "port": 443, "database": "ANALYTICS",
             "schema": "EXPORT"}"""),
        new Case(
            "sql_server",
            SqlServerConfig.builder()
                .host("sql.example.com")
                .port(1433)
                .database("analytics")
                .schema("dbo")
                .passwordAuth("exporter", secret("pw"))
                .useSshTunnel(false)
                .disableSsl(false)
                .primaryKeyCollation("Latin1_General_BIN2")
                .build(),
            """
            {"host": "sql.example.com", "port": 1433, "database": "analytics", "schema": "dbo",
             "auth_method": "password_auth", "password_auth": {"username": "exporter", "password": "CANARY-pw"},
             "use_ssh_tunnel": false, "disable_ssl": false, "primary_key_collation": "Latin1_General_BIN2"}"""));
  }
}
