package dev.dataexport.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request-body rules that {@link FakePrequel} enforces, following the reference page: for
 * {@code PATCH /destinations/{id}} and {@code test-connection}, one {@code destination} object,
 * known top-level fields with their types, at most one vendor block (the destination's own vendor),
 * and sane types inside the block; for {@code POST /destinations} and {@code POST
 * /test-destination}, the full configuration besides: {@code vendor}, {@code name}, {@code
 * recipient_id}, the vendor block and the credential its {@code auth_method} names. Each check
 * returns the first problem, or null.
 */
final class FakePrequelSchema {
  /** The vendor keys Prequel documents. */
  static final Set<String> VENDOR_KEYS =
      Set.of(
          "abs",
          "athena",
          "aurora_mysql",
          "aurora_postgres",
          "bigquery",
          "clickhouse",
          "databricks",
          "delta_lake",
          "gcs",
          "google_sheets",
          "iceberg",
          "mongodb",
          "motherduck",
          "mysql",
          "oracle",
          "planetscale",
          "postgres",
          "redshift",
          "redshift_serverless",
          "s3",
          "s3_compatible",
          "sftp",
          "singlestore",
          "snowflake",
          "sql_server");

  /** Credential objects: stored, never returned (Prequel returns the {@code auth_method} only). */
  static final Set<String> CREDENTIAL_OBJECTS =
      Set.of(
          "password_auth",
          "aws_access_keys",
          "access_keys",
          "gcs_hmac_keys",
          "gcp_service_account_key",
          "oauth_client_secret_auth",
          "oauth_bearer_token_auth",
          "azure_service_shared_access_signature",
          "azure_storage_account_access_key",
          "access_token_auth",
          "ssl_options");

  private static final Set<String> BOOLEAN_FIELDS =
      Set.of(
          "use_ssh_tunnel",
          "disable_ssl",
          "disable_manifest",
          "deletion_vectors_disabled",
          "change_data_feed_disabled");
  private static final Set<String> POSITIVE_FIELDS =
      Set.of("connection_timeout_in_seconds", "retention_window_days");
  private static final Set<String> SELECTORS =
      Set.of("auth_method", "bucket_vendor", "bucket_auth_method", "metastore", "file_format");

  private FakePrequelSchema() {}

  /**
   * The first problem with {@code body} for a destination of {@code vendor}, or null when it is
   * valid.
   */
  static String problem(JsonNode body, String vendor) {
    return problem(body, vendor, false);
  }

  /** The first problem with {@code body} as a full new configuration, or null when it is valid. */
  static String createProblem(JsonNode body) {
    JsonNode destination = body == null ? null : body.get("destination");
    if (destination == null || !destination.isObject()) {
      return problem(body, null, true);
    }
    JsonNode vendor = destination.get("vendor");
    if (vendor == null || !vendor.isTextual() || !VENDOR_KEYS.contains(vendor.textValue())) {
      return "destination.vendor must be one of " + new java.util.TreeSet<>(VENDOR_KEYS);
    }
    for (String required : List.of("name", "recipient_id", vendor.textValue())) {
      if (!destination.hasNonNull(required)) {
        return "destination." + required + " is required";
      }
    }
    String problem = problem(body, vendor.textValue(), true);
    return problem != null ? problem : credentialProblem(vendor.textValue(), destination);
  }

  /** A new destination must carry the credential its {@code auth_method} chooses. */
  private static String credentialProblem(String vendor, JsonNode destination) {
    JsonNode block = destination.get(vendor);
    JsonNode method = block.get("auth_method");
    if (method != null
        && CREDENTIAL_OBJECTS.contains(method.textValue())
        && !block.path(method.textValue()).isObject()) {
      return "destination." + vendor + "." + method.textValue() + " is required";
    }
    return null;
  }

  private static String problem(JsonNode body, String vendor, boolean creating) {
    if (body == null || !body.isObject()) {
      return "the request body must be a JSON object";
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("destination")) {
        return "unknown field '" + name + "' in the request body";
      }
    }
    JsonNode destination = body.get("destination");
    if (destination == null || !destination.isObject()) {
      return "'destination' is required and must be an object";
    }
    List<String> blocks = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : destination.properties()) {
      String problem = topLevel(field.getKey(), field.getValue(), vendor, blocks, creating);
      if (problem != null) {
        return problem;
      }
    }
    if (blocks.size() > 1) {
      return "destination may contain only one vendor configuration, got " + blocks;
    }
    if (blocks.size() == 1 && !blocks.get(0).equals(vendor)) {
      return "destination is a " + vendor + " destination; cannot configure " + blocks.get(0);
    }
    return blocks.isEmpty()
        ? null
        : block("destination." + vendor, (ObjectNode) destination.get(vendor));
  }

  private static String topLevel(
      String name, JsonNode value, String vendor, List<String> blocks, boolean creating) {
    String path = "destination." + name;
    switch (name) {
      case "vendor":
        return creating ? null : "unknown field " + path + ": a destination's vendor is fixed";
      case "recipient_id":
        return !creating
            ? "unknown field " + path + ": a destination's recipient is fixed"
            : value.isTextual() && !value.textValue().isBlank()
                ? null
                : path + " must be a non-empty string";
      case "name":
        return value.isTextual() && !value.textValue().isBlank()
            ? null
            : path + " must be a non-empty string";
      case "frequency_minutes":
        return value.isIntegralNumber() && value.longValue() > 0
            ? null
            : path + " must be a positive integer";
      case "enabled_models":
        if (!value.isArray()) {
          return path + " must be an array of strings";
        }
        for (JsonNode model : value) {
          if (!model.isTextual()) {
            return path + " must be an array of strings";
          }
        }
        return null;
      case "max_concurrent_transfers":
      case "max_concurrent_queries_per_transfer":
        return value.isNull() || (value.isIntegralNumber() && value.longValue() > 0)
            ? null
            : path + " must be a positive integer or null";
      case "is_enabled":
        return value.isBoolean() ? null : path + " must be a boolean";
      case "machine_type_id":
        return value.isNull() || value.isTextual()
            ? null
            : path + " must be a string (uuid) or null";
      default:
        if (VENDOR_KEYS.contains(name) || name.equals(vendor)) {
          blocks.add(name);
          return value.isObject() ? null : path + " must be an object";
        }
        return "unknown field " + path;
    }
  }

  private static String block(String path, ObjectNode block) {
    for (Map.Entry<String, JsonNode> field : block.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      String at = path + "." + name;
      if (value.isNull()) {
        continue; // clears the stored value
      }
      if (name.equals("port")
          && !(value.isIntegralNumber() && value.intValue() >= 1 && value.intValue() <= 65535)) {
        return at + " must be an integer between 1 and 65535";
      }
      if (BOOLEAN_FIELDS.contains(name) && !value.isBoolean() && !path.endsWith(".oracle")) {
        return at + " must be a boolean";
      }
      if (POSITIVE_FIELDS.contains(name) && !(value.isIntegralNumber() && value.longValue() > 0)) {
        return at + " must be a positive integer";
      }
      if (SELECTORS.contains(name) && !value.isTextual()) {
        return at + " must be a string";
      }
      if (CREDENTIAL_OBJECTS.contains(name) && !value.isObject()) {
        return at + " must be an object";
      }
      if (value.isObject()) {
        String nested = block(at, (ObjectNode) value);
        if (nested != null) {
          return nested;
        }
      }
    }
    for (String selector : SELECTORS) {
      JsonNode chosen = block.get(selector);
      if (chosen != null && chosen.isTextual()) {
        for (Iterator<String> names = block.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          // ssl_options (oracle's wallet) sits next to auth_method without being one of its
          // options.
          if (selector.endsWith("auth_method")
              && CREDENTIAL_OBJECTS.contains(name)
              && !name.equals(chosen.textValue())
              && !name.equals("ssl_options")) {
            return path
                + "."
                + selector
                + " is '"
                + chosen.textValue()
                + "' but '"
                + name
                + "' was sent";
          }
        }
      }
    }
    return null;
  }
}
