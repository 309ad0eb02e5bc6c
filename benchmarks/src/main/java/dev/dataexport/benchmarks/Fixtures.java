package dev.dataexport.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs and the fixed server responses every benchmark shares: realistic values shaped like
 * each vendor's documented examples, so SDK and baseline send the same request and read the same
 * body.
 */
public final class Fixtures {
  /** Any API key: the fixed-response server does not check it. */
  public static final String API_KEY = "sk_bench_6b1f0c2e9d4a47e1b3f58a20c4d9e7aa";

  /** The application name and version sent in the User-Agent by both sides. */
  public static final String APP_NAME = "bench";

  /** See {@link #APP_NAME}. */
  public static final String APP_VERSION = "1.0";

  // Stigg
  /** The Stigg destination updated. */
  public static final String STIGG_DESTINATION_ID = "dst_9f2a1c7b3e4d";

  /** The Stigg integration. */
  public static final String STIGG_INTEGRATION_ID = "int_4e7b0c2d91f3";

  /** The selection sent. */
  public static final List<String> STIGG_MODELS =
      List.of(
          "customers",
          "subscriptions",
          "invoices",
          "plans",
          "features",
          "entitlements",
          "usage",
          "addons");

  // LaunchDarkly
  /** LaunchDarkly's project key. */
  public static final String LD_PROJECT = "default";

  /** LaunchDarkly's environment key. */
  public static final String LD_ENVIRONMENT = "production";

  /** LaunchDarkly's destination id. */
  public static final String LD_DESTINATION_ID = "65f1c0ffee2a3b4c5d6e7f80";

  // Prequel
  /** Prequel's destination id. */
  public static final String PREQUEL_DESTINATION_ID = "0b3c5d7e-9f11-4a2b-8c3d-4e5f6a7b8c9d";

  /**
   * A base URL nothing listens on, for baseline objects used only to encode or decode bodies (no
   * call is made).
   */
  public static final String NO_SERVER = "http://127.0.0.1:1";

  private Fixtures() {}

  /** The response routes of the fixed-response server: one per vendor's update path. */
  public static Map<String, byte[]> routes() {
    Map<String, byte[]> routes = new LinkedHashMap<>();
    routes.put(
        "/api/v1/data-export/destinations/",
        FixedResponseServer.response(
            200, stiggList(3), Map.of("X-Request-Id", "req_01HZX3M8Q4K2W7Y5T9N6B1C0DE")));
    routes.put(
        "/api/v2/destinations/",
        FixedResponseServer.response(
            200,
            launchDarklyDestination(),
            Map.of(
                "X-Ratelimit-Global-Remaining", "498",
                "X-Ratelimit-Route-Remaining", "48",
                "X-Ratelimit-Reset", "1780000000000",
                "X-Request-Id", "7d1e0f7a-6b7c-4c1d-9e3a-2b8d4f6a9c10")));
    routes.put(
        "/destinations/",
        FixedResponseServer.response(
            200,
            prequelDestination(12),
            Map.of("X-Request-Id", "e3b0c442-98fc-4c14-9afb-f4c8996fb924")));
    return routes;
  }

  /**
   * Stigg's update response: {@code {"data":{"destinations":[...]}}} with {@code count}
   * destinations.
   */
  public static String stiggList(int count) {
    String[] types = {"snowflake", "bigquery", "redshift", "databricks", "s3", "postgres"};
    String[] statuses = {"SUCCEEDED", "RUNNING", "FAILED", "PENDING", "SUCCEEDED", "INCOMPLETE"};
    StringBuilder json =
        new StringBuilder(count * 420 + 64).append("{\"data\":{\"destinations\":[");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        json.append(',');
      }
      String status = statuses[i % statuses.length];
      json.append("{\"type\":\"")
          .append(types[i % types.length])
          .append('"')
          .append(",\"connectedAt\":\"2026-06-04T12:")
          .append(two(i % 60))
          .append(":00.000Z\"")
          .append(",\"destinationId\":\"")
          .append(i == 0 ? STIGG_DESTINATION_ID : "dst_" + hex(i, 12))
          .append('"')
          .append(",\"connectionStatus\":\"connected\"")
          .append(",\"lastSyncStatus\":{\"transferId\":\"transfer_")
          .append(hex(i * 7 + 3, 8))
          .append('"')
          .append(",\"status\":\"")
          .append(status)
          .append('"')
          .append(",\"finishedAt\":\"2026-06-04T12:30:")
          .append(two(i % 60))
          .append(".000Z\"")
          .append(",\"rowsTransferred\":")
          .append(1284 + i * 17);
      if (status.equals("FAILED")) {
        json.append(
            ",\"blamedParty\":\"DESTINATION\",\"failureMessage\":\"permission denied for schema export\"");
      }
      json.append('}');
      if (i % 4 != 3) { // some destinations export the whole catalog: enabledModels absent
        json.append(",\"enabledModels\":[");
        List<String> models =
            i == 0 ? STIGG_MODELS : STIGG_MODELS.subList(0, 1 + i % STIGG_MODELS.size());
        for (int m = 0; m < models.size(); m++) {
          json.append(m > 0 ? ",\"" : "\"").append(models.get(m)).append('"');
        }
        json.append(']');
      }
      json.append('}');
    }
    return json.append("]}}").toString();
  }

  /** LaunchDarkly's destination after the patch (a kinesis destination, as the API returns it). */
  public static String launchDarklyDestination() {
    return "{\"_links\":{\"parent\":{\"href\":\"/api/v2/destinations\",\"type\":\"application/json\"},"
        + "\"self\":{\"href\":\"/api/v2/destinations/default/production/"
        + LD_DESTINATION_ID
        + "\","
        + "\"type\":\"application/json\"}},"
        + "\"_id\":\""
        + LD_DESTINATION_ID
        + "\","
        + "\"name\":\"Kinesis export (production)\","
        + "\"kind\":\"kinesis\","
        + "\"version\":4,"
        + "\"config\":{\"region\":\"us-east-1\",\"roleArn\":\"arn:aws:iam::123456789012:role/ld-data-export\","
        + "\"streamName\":\"ld-events-prod-v2\"},"
        + "\"on\":true,"
        + "\"createdAt\":1717502400000,"
        + "\"maintainerId\":\"569f183514f4432160000007\","
        + "\"_access\":{\"denied\":[],\"allowed\":[{\"action\":\"updateDestination\",\"reason\":{\"resources\":"
        + "[\"proj/*:env/*:destination/*\"],\"actions\":[\"*\"],\"effect\":\"allow\",\"role_name\":\"admin\"}}]}}";
  }

  /**
   * Prequel's update response: the success envelope around an iceberg destination (no secrets, as
   * the API returns it) whose last transfer has {@code metrics} model metrics.
   */
  public static String prequelDestination(int metrics) {
    StringBuilder json =
        new StringBuilder(2048 + metrics * 640)
            .append("{\"status\":\"success\",\"data\":{\"destination\":{")
            .append("\"id\":\"")
            .append(PREQUEL_DESTINATION_ID)
            .append('"')
            .append(",\"vendor\":\"iceberg\",\"name\":\"Acme lakehouse\"")
            .append(",\"recipient_id\":\"9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d\"")
            .append(
                ",\"created_at\":\"2026-03-01T09:00:00Z\",\"updated_at\":\"2026-06-04T12:31:07Z\"")
            .append(",\"last_successful_transfer_ended_at\":\"2026-06-04T12:30:00Z\"")
            .append(",\"frequency_minutes\":60,\"id_in_provider_system\":\"acme-prod\"")
            .append(",\"products\":[\"default\"],\"enabled_models\":[");
    for (int m = 0; m < 12; m++) {
      json.append(m > 0 ? ",\"" : "\"").append(model(m)).append('"');
    }
    json.append(
            "],\"max_concurrent_transfers\":2,\"max_concurrent_queries_per_transfer\":4,\"is_enabled\":true")
        .append(
            ",\"iceberg\":{\"catalog_glue\":{\"database\":\"acme_export\",\"storage_options\":{\"bucket_s3\":{")
        .append("\"bucket_auth_method\":\"aws_iam_role\",\"aws_iam_role\":{\"aws_iam_role_arn\":")
        .append(
            "\"arn:aws:iam::123456789012:role/prequel-export\"},\"bucket_name\":\"acme-lakehouse\",")
        .append(
            "\"bucket_region\":\"us-east-1\",\"folder\":\"exports/prequel\"}}},\"retention_window_days\":7}")
        .append(
            ",\"last_completed_transfer\":{\"id\":\"5f6e7d8c-9b0a-4c1d-8e2f-3a4b5c6d7e8f\",\"status\":\"SUCCESS\"")
        .append(",\"is_full_refresh\":false,\"models\":[");
    for (int m = 0; m < 12; m++) {
      json.append(m > 0 ? ",\"" : "\"").append(model(m)).append('"');
    }
    json.append("],\"log\":\"\",\"submitted_at\":\"2026-06-04T12:00:00Z\"")
        .append(
            ",\"start_transfer_window_at\":\"2026-06-04T11:00:00Z\",\"end_transfer_window_at\":\"2026-06-04T12:00:00Z\"")
        .append(
            ",\"rows_transferred\":184467,\"delta_rows_transferred\":2210,\"volume_transferred_in_mb\":41")
        .append(",\"is_debug_mode\":false,\"actor_id\":\"scheduler\",\"actor_type\":\"system\"")
        .append(",\"source_ids\":[\"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f\"]")
        .append(",\"destination_id\":\"")
        .append(PREQUEL_DESTINATION_ID)
        .append('"')
        .append(",\"model_metrics\":[");
    for (int i = 0; i < metrics; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"model_id\":\"")
          .append(uuid(i))
          .append('"')
          .append(",\"model_name\":\"")
          .append(model(i))
          .append('"')
          .append(",\"rows_transferred\":")
          .append(1000 + i * 37)
          .append(",\"delta_rows_transferred\":")
          .append(i * 3)
          .append(",\"volume_transferred_in_mb\":")
          .append(i % 9)
          .append(",\"start_transfer_window_at\":\"2026-06-04T11:00:00Z\"")
          .append(",\"end_transfer_window_at\":\"2026-06-04T12:00:00Z\"")
          .append(",\"most_recent_last_updated_at\":\"2026-06-04T11:59:")
          .append(two(i % 60))
          .append('Z')
          .append('"');
      if (i % 25 == 24) {
        json.append(
                ",\"error\":{\"error_code\":\"permission_denied\",\"title\":\"Permission denied\"")
            .append(
                ",\"blame\":\"destination\",\"documentation_url\":\"https://docs.prequel.co/errors\"")
            .append(",\"message\":\"role cannot write to the table\"}");
      }
      json.append('}');
    }
    json.append("],\"models_snapshot\":[");
    for (int m = 0; m < 12; m++) {
      json.append(m > 0 ? "," : "")
          .append("{\"model_id\":\"")
          .append(uuid(m))
          .append("\",\"model_name\":\"")
          .append(model(m))
          .append("\",\"revision_id\":\"rev_")
          .append(hex(m + 100, 6))
          .append("\"}");
    }
    json.append(
            "],\"started_at\":\"2026-06-04T12:00:03Z\",\"ended_at\":\"2026-06-04T12:30:00Z\",\"tags\":{}}")
        .append(",\"total_rows_transferred_last_billing_period\":5534010")
        .append(",\"total_delta_rows_transferred_last_billing_period\":66300")
        .append(",\"total_rows_transferred_current_billing_period\":1290269")
        .append("}},\"message\":\"\"}");
    return json.toString();
  }

  /**
   * The Prequel model names used in fixtures: {@code orders}, {@code customers}, ... and numbered
   * ones after.
   */
  public static String model(int index) {
    String[] names = {
      "orders",
      "customers",
      "invoices",
      "line_items",
      "products",
      "payments",
      "refunds",
      "subscriptions",
      "events",
      "accounts",
      "users",
      "sessions"
    };
    return index < names.length ? names[index] : "model_" + index;
  }

  /** {@code count} model names. */
  public static List<String> models(int count) {
    List<String> models = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      models.add(model(i));
    }
    return models;
  }

  private static String uuid(int i) {
    return hex(i, 8) + "-1b2c-4d3e-8f4a-" + hex(i * 31 + 7, 12);
  }

  private static String hex(int value, int width) {
    String hex = Integer.toHexString(value * 2654435 + 0x1f3a);
    StringBuilder padded = new StringBuilder(width);
    while (padded.length() + hex.length() < width) {
      padded.append('0');
    }
    padded.append(hex);
    return padded.substring(padded.length() - width);
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
