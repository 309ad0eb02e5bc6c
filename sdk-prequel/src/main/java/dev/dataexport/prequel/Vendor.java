package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * A destination's vendor, which is also the key of its vendor block; an open enum, since Prequel
 * adds vendors without a version change. Immutable.
 */
public final class Vendor extends OpenEnum {
  private static final Values<Vendor> VALUES = new Values<>(Vendor::new);

  /** {@code abs}. */
  public static final Vendor ABS = VALUES.known("abs");

  /** {@code athena}. */
  public static final Vendor ATHENA = VALUES.known("athena");

  /** {@code aurora_mysql}. */
  public static final Vendor AURORA_MYSQL = VALUES.known("aurora_mysql");

  /** {@code aurora_postgres}. */
  public static final Vendor AURORA_POSTGRES = VALUES.known("aurora_postgres");

  /** {@code bigquery}. */
  public static final Vendor BIGQUERY = VALUES.known("bigquery");

  /** {@code clickhouse}. */
  public static final Vendor CLICKHOUSE = VALUES.known("clickhouse");

  /** {@code databricks}. */
  public static final Vendor DATABRICKS = VALUES.known("databricks");

  /** {@code delta_lake}. */
  public static final Vendor DELTA_LAKE = VALUES.known("delta_lake");

  /** {@code gcs}. */
  public static final Vendor GCS = VALUES.known("gcs");

  /** {@code google_sheets}. */
  public static final Vendor GOOGLE_SHEETS = VALUES.known("google_sheets");

  /** {@code iceberg}. */
  public static final Vendor ICEBERG = VALUES.known("iceberg");

  /** {@code mongodb}. */
  public static final Vendor MONGODB = VALUES.known("mongodb");

  /** {@code motherduck}. */
  public static final Vendor MOTHERDUCK = VALUES.known("motherduck");

  /** {@code mysql}. */
  public static final Vendor MYSQL = VALUES.known("mysql");

  /** {@code oracle}. */
  public static final Vendor ORACLE = VALUES.known("oracle");

  /** {@code planetscale}. */
  public static final Vendor PLANETSCALE = VALUES.known("planetscale");

  /** {@code postgres}. */
  public static final Vendor POSTGRES = VALUES.known("postgres");

  /** {@code redshift}. */
  public static final Vendor REDSHIFT = VALUES.known("redshift");

  /** {@code redshift_serverless}. */
  public static final Vendor REDSHIFT_SERVERLESS = VALUES.known("redshift_serverless");

  /** {@code s3}. */
  public static final Vendor S3 = VALUES.known("s3");

  /** {@code s3_compatible}. */
  public static final Vendor S3_COMPATIBLE = VALUES.known("s3_compatible");

  /** {@code sftp}. */
  public static final Vendor SFTP = VALUES.known("sftp");

  /** {@code singlestore}. */
  public static final Vendor SINGLESTORE = VALUES.known("singlestore");

  /** {@code snowflake}. */
  public static final Vendor SNOWFLAKE = VALUES.known("snowflake");

  /** {@code sql_server}. */
  public static final Vendor SQL_SERVER = VALUES.known("sql_server");

  private Vendor(String value, boolean known) {
    super(value, known);
  }

  /**
   * The vendor for a wire value: a constant when known, otherwise a new value that keeps the
   * string.
   */
  @JsonCreator
  public static Vendor of(String value) {
    return VALUES.of(value);
  }

  /** The vendors this SDK version knows, in declaration order. */
  public static List<Vendor> knownValues() {
    return VALUES.knownValues();
  }
}
