package dev.dataexport.prequel;

import static dev.dataexport.prequel.VendorBlockCases.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.prequel.config.AccessKeys;
import dev.dataexport.prequel.config.ClickHouseConfig;
import dev.dataexport.prequel.config.DatabricksConfig;
import dev.dataexport.prequel.config.DeltaLakeConfig;
import dev.dataexport.prequel.config.FileFormat;
import dev.dataexport.prequel.config.GcsBucket;
import dev.dataexport.prequel.config.GcsConfig;
import dev.dataexport.prequel.config.IcebergCatalog;
import dev.dataexport.prequel.config.IcebergConfig;
import dev.dataexport.prequel.config.MongoDbConfig;
import dev.dataexport.prequel.config.MysqlConfig;
import dev.dataexport.prequel.config.PasswordAuth;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.config.S3Bucket;
import dev.dataexport.prequel.config.S3CompatibleBucket;
import dev.dataexport.prequel.config.S3Config;
import dev.dataexport.prequel.config.SftpConfig;
import dev.dataexport.prequel.config.SnowflakeConfig;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule fails before any I/O, in the core's wording, with a message naming the
 * field's JSON path; every call checks its arguments first.
 */
class ValidationTest extends MockServerTest {

  private static Arguments rule(String message, Supplier<DestinationUpdate> update) {
    return Arguments.of(message, update);
  }

  private static DestinationUpdate.Builder base() {
    return DestinationUpdate.builder();
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        rule(
            "destination.frequency_minutes must be >= 1, was 0",
            () -> base().frequencyMinutes(0).build()),
        rule(
            "destination.frequency_minutes must be >= 1, was -15",
            () -> base().frequencyMinutes(-15).build()),
        rule(
            "destination.max_concurrent_transfers must be >= 1, was 0",
            () -> base().maxConcurrentTransfers(0).build()),
        rule(
            "destination.max_concurrent_queries_per_transfer must be >= 1, was 0",
            () -> base().maxConcurrentQueriesPerTransfer(0).build()),
        rule("destination.name must not be blank", () -> base().name(" ").build()),
        rule(
            "destination.machine_type_id must not be blank",
            () -> base().machineTypeId("").build()),
        rule(
            "destination.enabled_models[1] must not be blank",
            () -> base().addEnabledModels("a", " ").build()),
        rule("destination update sets no field; set at least one", () -> base().build()),
        rule(
            "destination may hold at most one vendor block: postgres is set, so mysql cannot be added",
            () ->
                base()
                    .postgres(PostgresConfig.builder().build())
                    .mysql(MysqlConfig.builder().build())
                    .build()),
        rule(
            "destination.name is a destination field, not a vendor block; use its own setter",
            () -> base().rawVendor("name", JsonNodeFactory.instance.objectNode()).build()),
        rule(
            "destination vendor key must not be blank",
            () -> base().rawVendor(" ", JsonNodeFactory.instance.objectNode()).build()),
        rule(
            "destination.postgres.port must be 1..65535, was 0",
            () -> base().postgres(PostgresConfig.builder().port(0).build()).build()),
        rule(
            "destination.postgres.port must be 1..65535, was 65536",
            () -> base().postgres(PostgresConfig.builder().port(65536).build()).build()),
        rule(
            "destination.mysql.port must be 1..65535, was -1",
            () -> base().mysql(MysqlConfig.builder().port(-1).build()).build()),
        rule(
            "destination.clickhouse.port must be 1..65535, was 0",
            () -> base().clickHouse(ClickHouseConfig.builder().port(0).build()).build()),
        rule(
            "destination.mongodb.port must be 1..65535, was 70000",
            () -> base().mongoDb(MongoDbConfig.builder().port(70000).build()).build()),
        rule(
            "destination.sftp.port must be 1..65535, was 0",
            () -> base().sftp(SftpConfig.builder().port(0).build()).build()),
        rule(
            "destination.snowflake.port must be 1..65535, was 0",
            () -> base().snowflake(SnowflakeConfig.builder().port(0).build()).build()),
        rule(
            "destination.databricks.port must be 1..65535, was 0",
            () -> base().databricks(DatabricksConfig.builder().port(0).build()).build()),
        rule(
            "destination.postgres.connection_timeout_in_seconds must be >= 1, was 0",
            () ->
                base()
                    .postgres(PostgresConfig.builder().connectionTimeoutInSeconds(0).build())
                    .build()),
        rule(
            "destination.delta_lake.retention_window_days must be >= 1, was 0",
            () ->
                base().deltaLake(DeltaLakeConfig.builder().retentionWindowDays(0).build()).build()),
        rule(
            "destination.iceberg.retention_window_days must be >= 1, was -1",
            () -> base().iceberg(IcebergConfig.builder().retentionWindowDays(-1).build()).build()),
        rule(
            "destination.mysql.host must not be blank",
            () -> base().mysql(MysqlConfig.builder().host(" ").build()).build()),
        rule(
            "destination.postgres.schema must not be blank",
            () -> base().postgres(PostgresConfig.builder().schema("").build()).build()),
        rule(
            "destination.s3.folder must not be blank",
            () -> base().s3(S3Config.builder().folder(" ").build()).build()),
        rule(
            "password_auth.username must not be blank",
            () ->
                base()
                    .postgres(PostgresConfig.builder().passwordAuth(" ", secret("pw")).build())
                    .build()),
        rule(
            "password_auth.password must not be null",
            () ->
                base().postgres(PostgresConfig.builder().passwordAuth("u", null).build()).build()),
        rule(
            "aws_access_keys.access_id must not be blank",
            () ->
                base()
                    .s3(S3Config.builder().awsAccessKeys(new AccessKeys("", secret("k"))).build())
                    .build()),
        rule(
            "aws_access_keys.secret_key must not be null",
            () ->
                base()
                    .s3(S3Config.builder().awsAccessKeys(new AccessKeys("id", null)).build())
                    .build()),
        rule(
            "bucket_s3.bucket_region must not be blank",
            () ->
                base()
                    .deltaLake(DeltaLakeConfig.builder().bucket(S3Bucket.of("b", " ")).build())
                    .build()),
        rule(
            "bucket_gcs needs a bucket_name or credentials",
            () ->
                base()
                    .deltaLake(
                        DeltaLakeConfig.builder()
                            .bucket(new GcsBucket(null, "folder", null))
                            .build())
                    .build()),
        rule(
            "catalog_glue.database must not be blank",
            () ->
                base()
                    .iceberg(
                        IcebergConfig.builder()
                            .catalog(IcebergCatalog.glue(" ", S3Bucket.of("b", "r")))
                            .build())
                    .build()),
        rule(
            "catalog_glue.storage_options must not be null",
            () ->
                base()
                    .iceberg(
                        IcebergConfig.builder().catalog(IcebergCatalog.glue("db", null)).build())
                    .build()),
        rule(
            "csv.delimiter must not be empty",
            () -> base().s3(S3Config.builder().fileFormat(FileFormat.csv("")).build()).build()),
        rule("destination.name must not be blank", () -> base().name("").build()),
        rule(
            "destination.machine_type_id must not be blank",
            () -> base().machineTypeId(" \t").build()),
        rule(
            "destination.max_concurrent_transfers must be >= 1, was -3",
            () -> base().maxConcurrentTransfers(-3).build()),
        rule(
            "destination.enabled_models[0] must not be blank",
            () -> base().enabledModels(List.of("")).build()),
        rule(
            "destination.postgres.host must not be blank",
            () -> base().postgres(PostgresConfig.builder().host("\t").build()).build()),
        rule(
            "destination.gcs.folder must not be blank",
            () -> base().gcs(GcsConfig.builder().folder("").build()).build()),
        rule(
            "destination.postgres.port must be 1..65535, was 4294967296",
            () -> base().postgres(PostgresConfig.builder().port(1L << 32).build()).build()));
  }

  /** Null arguments of the request builders and shapes, each named by its JSON path. */
  static Stream<Arguments> nulls() {
    return Stream.of(
        rule("destination.name must not be null", () -> base().name(null).build()),
        rule(
            "destination.enabled_models must not be null",
            () -> base().enabledModels(null).build()),
        rule(
            "destination.enabled_models must not be null",
            () -> base().addEnabledModels((String[]) null).build()),
        rule(
            "destination.enabled_models[1] must not be null",
            () -> base().addEnabledModels("a", null).build()),
        rule(
            "destination.enabled_models[1] must not be null",
            () -> base().enabledModels(Arrays.asList("a", null)).build()),
        rule(
            "destination.machine_type_id must not be null",
            () -> base().machineTypeId(null).build()),
        rule("destination vendor block must not be null", () -> base().vendor(null).build()),
        rule("destination vendor block must not be null", () -> base().postgres(null).build()),
        rule("destination.x must not be null", () -> base().rawVendor("x", null).build()),
        rule(
            "destination vendor key must not be null",
            () -> base().rawVendor(null, JsonNodeFactory.instance.objectNode()).build()),
        rule(
            "folder must not be null",
            () -> base().s3(S3Config.builder().folder((String) null).build()).build()),
        rule(
            "csv.delimiter must not be null",
            () -> base().s3(S3Config.builder().fileFormat(FileFormat.csv(null)).build()).build()),
        rule(
            "bucket_s3_compatible.access_keys must not be null",
            () ->
                base()
                    .deltaLake(
                        DeltaLakeConfig.builder().bucket(S3CompatibleBucket.of(null)).build())
                    .build()),
        rule(
            "bucket_gcs.bucket_auth_method must not be null",
            () ->
                base()
                    .deltaLake(DeltaLakeConfig.builder().bucket(GcsBucket.of(null)).build())
                    .build()),
        rule(
            "bucket_s3.bucket_name must not be null",
            () ->
                base()
                    .deltaLake(DeltaLakeConfig.builder().bucket(S3Bucket.of(null, "r")).build())
                    .build()),
        rule(
            "password_auth.username must not be null",
            () ->
                base()
                    .postgres(PostgresConfig.builder().passwordAuth(null, secret("pw")).build())
                    .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void nullsFailBeforeAnyRequest(String message, Supplier<DestinationUpdate> update) {
    assertThatThrownBy(() -> client.destinations().update("dst_1", update.get()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isZero();
  }

  /** One of the calls of {@link Destinations} or its raw view. */
  interface Call {
    Object send(Destinations d, String id, DestinationUpdate update, RequestOptions options);
  }

  private static Arguments call(String name, boolean takesUpdate, boolean takesOptions, Call c) {
    return Arguments.of(name, takesUpdate, takesOptions, c);
  }

  /** Every overload of every call: plain, with options, async, and the raw view of each. */
  static Stream<Arguments> calls() {
    return Stream.of(
        call("get", false, false, (d, id, u, o) -> d.get(id)),
        call("get(options)", false, true, (d, id, u, o) -> d.get(id, o)),
        call("getAsync", false, false, (d, id, u, o) -> d.getAsync(id)),
        call("getAsync(options)", false, true, (d, id, u, o) -> d.getAsync(id, o)),
        call("update", true, false, (d, id, u, o) -> d.update(id, u)),
        call("update(options)", true, true, (d, id, u, o) -> d.update(id, u, o)),
        call("updateAsync", true, false, (d, id, u, o) -> d.updateAsync(id, u)),
        call("updateAsync(options)", true, true, (d, id, u, o) -> d.updateAsync(id, u, o)),
        call("raw get", false, false, (d, id, u, o) -> d.withRawResponse().get(id)),
        call("raw get(options)", false, true, (d, id, u, o) -> d.withRawResponse().get(id, o)),
        call("raw getAsync", false, false, (d, id, u, o) -> d.withRawResponse().getAsync(id)),
        call(
            "raw getAsync(options)",
            false,
            true,
            (d, id, u, o) -> d.withRawResponse().getAsync(id, o)),
        call("raw update", true, false, (d, id, u, o) -> d.withRawResponse().update(id, u)),
        call(
            "raw update(options)",
            true,
            true,
            (d, id, u, o) -> d.withRawResponse().update(id, u, o)),
        call(
            "raw updateAsync",
            true,
            false,
            (d, id, u, o) -> d.withRawResponse().updateAsync(id, u)),
        call(
            "raw updateAsync(options)",
            true,
            true,
            (d, id, u, o) -> d.withRawResponse().updateAsync(id, u, o)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void everyCallChecksItsArgumentsBeforeAnyRequest(
      String name, boolean takesUpdate, boolean takesOptions, Call call) {
    Destinations d = client.destinations();
    DestinationUpdate update = base().isEnabled(true).build();
    RequestOptions options = RequestOptions.none();

    for (String blank : new String[] {"", " ", "\t", " \n "}) {
      assertThatThrownBy(() -> call.send(d, blank, update, options))
          .as("%s(%s)", name, blank.replace("\t", "\\t").replace("\n", "\\n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("destinationId must not be blank");
    }
    assertThatThrownBy(() -> call.send(d, null, update, options))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId must not be null");
    assertThatThrownBy(() -> call.send(d, "dst\u00011", update, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not contain control characters; found one at index 3");
    assertThatThrownBy(() -> call.send(d, "..", update, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("destinationId must not be '.' or '..'");
    if (takesUpdate) {
      assertThatThrownBy(() -> call.send(d, "dst_1", null, options))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("update must not be null");
    }
    if (takesOptions) {
      assertThatThrownBy(() -> call.send(d, "dst_1", update, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("options must not be null");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsBeforeAnyRequest(String message, Supplier<DestinationUpdate> update) {
    assertThatThrownBy(() -> client.destinations().update("dst_1", update.get()))
        .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void clientSettingsAreChecked() {
    assertThatThrownBy(() -> PrequelClient.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("apiKey is required");
    assertThatThrownBy(() -> PrequelClient.builder().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API key must not be blank");
    assertThatThrownBy(() -> PrequelClient.builder().apiVersion(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiVersion must not be blank");
    assertThatThrownBy(() -> PrequelClient.builder().apiVersion(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiVersion must not be null");
    assertThatThrownBy(() -> PrequelClient.builder().apiVersion("2023-12-01\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apiVersion must contain only printable ASCII characters");
    assertThatThrownBy(() -> PrequelClient.fromEnv(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("env must not be null");
    assertThatThrownBy(() -> client.withOptions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("change must not be null");
    assertThatThrownBy(() -> PrequelErrorCode.from(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("exception must not be null");
    assertThatThrownBy(() -> PrequelClient.fromEnv(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("PREQUEL_API_KEY is not set");
    assertThatThrownBy(() -> PrequelClient.fromEnv(Map.of("PREQUEL_API_KEY", "  ")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sharedShapesRejectMissingParts() {
    assertThatThrownBy(() -> new PasswordAuth(null, secret("x")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("password_auth.username must not be null");
  }
}
