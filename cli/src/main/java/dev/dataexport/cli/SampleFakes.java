package dev.dataexport.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.testkit.FakeLaunchDarklyServer;
import dev.dataexport.testkit.FakePrequelServer;
import dev.dataexport.testkit.FakeStiggServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The in-process fakes of {@code --fake}, started on 127.0.0.1 and seeded with the same sample
 * destinations every run, so the tool can be tried offline and its output is repeatable. Each run
 * starts a fresh fake: changes last only for that command.
 */
final class SampleFakes {
  /** The fakes' clock: a fixed start, so timestamps in the samples do not change. */
  static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  /** The Stigg integration the samples belong to. */
  static final String STIGG_INTEGRATION = "int_data_export";

  private SampleFakes() {}

  /** A Stigg fake with three destinations of the default integration. */
  static FakeStiggServer stigg() {
    FakeStiggServer fake = new FakeStiggServer();
    fake.start();
    fake.addDestination(STIGG_INTEGRATION, stigg("dst_snowflake", "snowflake", "customers"));
    fake.addDestination(
        STIGG_INTEGRATION, stigg("dst_bigquery", "bigquery", "customers", "invoices"));
    fake.addDestination(STIGG_INTEGRATION, stigg("dst_redshift", "redshift"));
    return fake;
  }

  /** A LaunchDarkly fake with four destinations in project {@code demo}. */
  static FakeLaunchDarklyServer launchDarkly() {
    FakeLaunchDarklyServer fake = new FakeLaunchDarklyServer();
    fake.start();
    launchDarkly(
        fake,
        DestinationKey.of("demo", "production", "dst_kinesis"),
        "kinesis",
        "Events to Kinesis",
        true,
        Map.of(
            "region", "us-east-1",
            "roleArn", "arn:aws:iam::123456789012:role/ld-export",
            "streamName", "ld-events"));
    launchDarkly(
        fake,
        DestinationKey.of("demo", "production", "dst_segment"),
        "segment",
        "Segment",
        true,
        Map.of("writeKey", "sample-write-key", "userIDContextKind", "user"));
    launchDarkly(
        fake,
        DestinationKey.of("demo", "staging", "dst_pubsub"),
        "google-pubsub",
        "Pub/Sub",
        true,
        Map.of("project", "demo-gcp", "topic", "ld-events"));
    launchDarkly(
        fake,
        DestinationKey.of("demo", "staging", "dst_kinesis_staging"),
        "kinesis",
        "Staging Kinesis",
        false,
        Map.of(
            "region", "eu-west-1",
            "roleArn", "arn:aws:iam::123456789012:role/ld-export",
            "streamName", "ld-staging"));
    return fake;
  }

  /** A Prequel fake with three destinations and instant transfers on a fixed clock. */
  static FakePrequelServer prequel() {
    FakePrequelServer fake = new FakePrequelServer();
    fake.start();
    fake.clock(Clock.fixed(START, ZoneOffset.UTC));
    fake.addDestination("dst_acme", "snowflake", block("host", "acme.snowflakecomputing.com"));
    fake.addDestination("dst_globex", "postgres", block("host", "db.globex.example"));
    fake.addDestination("dst_initech", "bigquery", block("project_id", "initech-analytics"));
    return fake;
  }

  /** A connected Stigg destination; no models means the full catalog. */
  private static Map<String, Object> stigg(String id, String type, String... models) {
    Map<String, Object> destination = new LinkedHashMap<>();
    destination.put("type", type);
    destination.put("connectedAt", START.toString());
    destination.put("destinationId", id);
    destination.put("connectionStatus", "connected");
    if (models.length > 0) {
      destination.put("enabledModels", List.of(models));
    }
    return destination;
  }

  /** A LaunchDarkly destination at version 1, created at {@link #START}. */
  private static void launchDarkly(
      FakeLaunchDarklyServer fake,
      DestinationKey key,
      String kind,
      String name,
      boolean on,
      Map<String, ?> config) {
    ObjectNode destination = JsonNodeFactory.instance.objectNode();
    destination.put("_id", key.id());
    destination.put("name", name);
    destination.put("kind", kind);
    destination.put("version", 1);
    destination.put("on", on);
    destination.put("createdAt", START.toEpochMilli());
    destination.set("config", Json.mapper().valueToTree(config));
    fake.addDestination(key, destination);
  }

  private static ObjectNode block(String field, String value) {
    return JsonNodeFactory.instance.objectNode().put(field, value);
  }
}
