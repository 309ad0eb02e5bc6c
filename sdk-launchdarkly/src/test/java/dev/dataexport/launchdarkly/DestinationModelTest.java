package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.dataexport.core.spi.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DestinationModelTest {
  /** The spec's Destination example, with config as the object the API really returns. */
  static final String REFERENCE =
      "{\"createdAt\":1714564800123,\"maintainerId\":\"569f183514f4432160000007\","
          + "\"_access\":{\"allowed\":[{\"reason\":{\"role_name\":\"role_name\",\"notActions\":[],"
          + "\"notResources\":[\"notResources\"],\"effect\":\"allow\",\"resources\":[\"proj/*:env/*;qa_*:/flag/*\"],"
          + "\"actions\":[\"*\"]},\"action\":\"action\"}],\"denied\":[]},"
          + "\"_links\":{\"parent\":{\"href\":\"/api/v2/destinations\",\"type\":\"application/json\"},"
          + "\"self\":{\"href\":\"/api/v2/destinations/my-project/my-environment/610addeadbeefaa86ec9a7d4\","
          + "\"type\":\"application/json\"}},\"kind\":\"google-pubsub\",\"name\":\"example-destination\","
          + "\"_id\":\"610addeadbeefaa86ec9a7d4\",\"version\":1,"
          + "\"config\":{\"project\":\"test-prod\",\"topic\":\"ld-pubsub-test-192301\"},"
          + "\"completedArtifacts\":{\"sqlSetupScript\":\"s\",\"s3BucketName\":\"b\"},\"on\":true}";

  private static Destination read(String json) throws Exception {
    return Json.mapper().readValue(json, Destination.class);
  }

  @Test
  void readsTheReferenceSchemaFieldByField() throws Exception {
    Destination d = read(REFERENCE);
    assertThat(d.id()).contains("610addeadbeefaa86ec9a7d4");
    assertThat(d.name()).contains("example-destination");
    assertThat(d.kind()).contains(DestinationKind.GOOGLE_PUBSUB);
    assertThat(d.kind().orElseThrow().isKnown()).isTrue();
    assertThat(d.version()).hasValue(1);
    assertThat(d.on()).contains(true);
    assertThat(d.createdAt()).contains(Instant.ofEpochMilli(1714564800123L));
    assertThat(d.maintainerId()).contains("569f183514f4432160000007");
    assertThat(d.links()).containsOnlyKeys("parent", "self");
    assertThat(d.links().get("self").href())
        .contains("/api/v2/destinations/my-project/my-environment/610addeadbeefaa86ec9a7d4");
    assertThat(d.links().get("parent").type()).contains("application/json");
    assertThat(d.access().orElseThrow().allowed().get(0).reason().orElseThrow().effect())
        .contains(AccessEffect.ALLOW);
    assertThat(d.config())
        .isEqualTo(tree("{\"project\":\"test-prod\",\"topic\":\"ld-pubsub-test-192301\"}"));
    GooglePubSubConfig config = d.googlePubSubConfig().orElseThrow();
    assertThat(config.project()).contains("test-prod");
    assertThat(config.topic()).contains("ld-pubsub-test-192301");
    assertThat(d.kinesisConfig()).isEmpty();
    assertThat(d.completedArtifacts().orElseThrow().s3BucketName()).contains("b");
    assertThat(d.completedArtifacts().orElseThrow().sqlSetupScript()).contains("s");
    assertThat(d.key())
        .contains(DestinationKey.of("my-project", "my-environment", "610addeadbeefaa86ec9a7d4"));
    assertThat(d.unknownFields()).isEmpty();
  }

  @Test
  void roundTripsIncludingUnknownFields() throws Exception {
    Destination d = read(REFERENCE);
    assertThat(tree(Json.mapper().writeValueAsString(d)))
        .isEqualTo(tree(REFERENCE.replace("1714564800123", "\"2024-05-01T12:00:00.123Z\"")));
    assertThat(read(Json.mapper().writeValueAsString(d))).isEqualTo(d);
  }

  @Test
  void keepsAnUnknownKindAndItsConfig() throws Exception {
    Destination d =
        read(
            "{\"_id\":\"x\",\"kind\":\"clickhouse\",\"config\":{\"host\":\"h\",\"password\":\"p\"},"
                + "\"version\":2.0}");
    assertThat(d.kind().orElseThrow().value()).isEqualTo("clickhouse");
    assertThat(d.kind().orElseThrow().isKnown()).isFalse();
    assertThat(d.version()).hasValue(2);
    assertThat(d.config().path("host").textValue()).isEqualTo("h");
    assertThat(d.toString()).doesNotContain("\"p\"").contains("\"password\":\"****\"");
  }

  @Test
  void readsAMinimalBodyAsEmptyOptionals() throws Exception {
    Destination d = read("{}");
    assertThat(d.id()).isEmpty();
    assertThat(d.kind()).isEmpty();
    assertThat(d.version()).isEmpty();
    assertThat(d.on()).isEmpty();
    assertThat(d.createdAt()).isEmpty();
    assertThat(d.links()).isEmpty();
    assertThat(d.config()).isEqualTo(tree("{}"));
    assertThat(d.googlePubSubConfig()).isEmpty();
    assertThat(read("{\"config\":null}").config()).isEqualTo(tree("{}"));
  }

  @Test
  void readsNullMembersAsEmptyAndKeepsNullNodes() throws Exception {
    Destination d =
        read(
            "{\"_id\":null,\"name\":null,\"kind\":null,\"version\":null,\"on\":null,"
                + "\"createdAt\":null,\"maintainerId\":null,\"_links\":null,\"_access\":null,"
                + "\"config\":null,\"x\":null}");
    assertThat(d.id()).isEmpty();
    assertThat(d.name()).isEmpty();
    assertThat(d.kind()).isEmpty();
    assertThat(d.version()).isEmpty();
    assertThat(d.on()).isEmpty();
    assertThat(d.createdAt()).isEmpty();
    assertThat(d.maintainerId()).isEmpty();
    assertThat(d.links()).isEmpty();
    assertThat(d.access()).isEmpty();
    assertThat(d.config()).isEqualTo(tree("{}"));
    assertThat(d.unknownFields()).containsExactly(entry("x", tree("null")));
  }

  @Test
  void coercesScalarsAsJacksonDoesAndTheLastRepeatedMemberWins() throws Exception {
    Destination d =
        read(
            "{\"version\":\"7\",\"on\":\"true\",\"createdAt\":\"2024-05-01T12:00:00Z\","
                + "\"name\":5,\"_id\":\"a\",\"_id\":\"b\",\"kind\":\"brand-new\","
                + "\"_links\":{\"old\":{}},\"_links\":{\"self\":{\"href\":1,\"rel\":\"r\"}},"
                + "\"z\":1,\"a\":2,\"z\":3}");
    assertThat(d.version()).hasValue(7);
    assertThat(d.on()).contains(true);
    assertThat(d.createdAt()).contains(Instant.parse("2024-05-01T12:00:00Z"));
    assertThat(d.name()).contains("5");
    assertThat(d.id()).contains("b");
    assertThat(d.kind().orElseThrow().value()).isEqualTo("brand-new");
    assertThat(d.links()).containsOnlyKeys("self");
    assertThat(d.links().get("self").href()).contains("1");
    assertThat(d.links().get("self").unknownFields()).containsExactly(entry("rel", tree("\"r\"")));
    // Unknown members keep the order in which they arrived.
    assertThat(d.unknownFields().keySet()).containsExactly("z", "a");
    assertThat(d.unknownFields().get("z")).isEqualTo(tree("3"));
  }

  @Test
  void rejectsMembersOfTheWrongShape() {
    for (String json :
        new String[] {
          "[]",
          "\"text\"",
          "{\"version\":\"abc\"}",
          "{\"version\":1e30}",
          "{\"version\":true}",
          "{\"on\":[]}",
          "{\"kind\":{}}",
          "{\"name\":{}}",
          "{\"createdAt\":\"not a date\"}",
          "{\"_links\":[]}",
          "{\"_links\":{\"self\":null}}",
          "{\"_links\":{\"self\":\"x\"}}",
          "{\"_links\":{\"self\":{\"type\":{}}}}"
        }) {
      assertThatThrownBy(() -> read(json))
          .as(json)
          .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
  }

  @Test
  void parsesAConfigSentAsAJsonString() throws Exception {
    Destination d =
        read(
            "{\"kind\":\"google-pubsub\",\"config\":\"{\\\"project\\\":\\\"p\\\",\\\"topic\\\":\\\"t\\\"}\"}");
    assertThat(d.googlePubSubConfig().orElseThrow().topic()).contains("t");
  }

  @Test
  void readsEveryTypedConfig() throws Exception {
    assertThat(
            read("{\"kind\":\"kinesis\",\"config\":{\"region\":\"us-east-1\",\"roleArn\":\"arn:aws:iam::1:role/r\","
                    + "\"streamName\":\"s\"}}")
                .kinesisConfig()
                .orElseThrow())
        .satisfies(
            c -> {
              assertThat(c.region()).contains("us-east-1");
              assertThat(c.roleArn()).contains("arn:aws:iam::1:role/r");
              assertThat(c.streamName()).contains("s");
            });
    assertThat(
            read("{\"kind\":\"snowflake-v2\",\"config\":{\"publicKey\":\"pk\",\"snowflakeHostAddress\":\"a.b\"}}")
                .snowflakeV2Config()
                .orElseThrow())
        .satisfies(
            c -> {
              assertThat(c.publicKey()).contains("pk");
              assertThat(c.snowflakeHostAddress()).contains("a.b");
            });
    MParticleConfig mp =
        read("{\"kind\":\"mparticle\",\"config\":{\"apiKey\":\"mp-key-canary\",\"secret\":"
                + "\"mp-secret-canary\",\"userIdentity\":\"customer_id\",\"anonymousUserIdentity\":\"other\","
                + "\"environment\":\"production\",\"userIdentities\":[{\"ldContextKind\":\"user\",\"mparticleUserIdentity\":"
                + "\"customer_id\"}],\"extra\":1}}")
            .mparticleConfig()
            .orElseThrow();
    assertThat(mp.apiKey().orElseThrow().reveal()).isEqualTo("mp-key-canary");
    assertThat(mp.secret().orElseThrow().reveal()).isEqualTo("mp-secret-canary");
    assertThat(mp.userIdentity()).contains("customer_id");
    assertThat(mp.anonymousUserIdentity()).contains("other");
    assertThat(mp.environment()).contains("production");
    assertThat(mp.userIdentities().orElseThrow().get(0).path("ldContextKind").textValue())
        .isEqualTo("user");
    assertThat(mp.unknownFields()).containsOnlyKeys("extra");
    assertThat(mp.toString()).doesNotContain("canary");
    SegmentConfig segment =
        read("{\"kind\":\"segment\",\"config\":{\"writeKey\":\"seg-canary\","
                + "\"userIDContextKind\":\"user\",\"anonymousIDContextKind\":\"device\"}}")
            .segmentConfig()
            .orElseThrow();
    assertThat(segment.writeKey().orElseThrow().reveal()).isEqualTo("seg-canary");
    assertThat(segment.userIdContextKind()).contains("user");
    assertThat(segment.anonymousIdContextKind()).contains("device");
    assertThat(segment.toString()).doesNotContain("seg-canary");
    AzureEventHubsConfig azure =
        read("{\"kind\":\"azure-event-hubs\",\"config\":{\"namespace\":\"ns\",\"name\":\"hub\","
                + "\"policyName\":\"send\",\"policyKey\":\"az-canary\"}}")
            .azureEventHubsConfig()
            .orElseThrow();
    assertThat(azure.namespace()).contains("ns");
    assertThat(azure.name()).contains("hub");
    assertThat(azure.policyName()).contains("send");
    assertThat(azure.policyKey().orElseThrow().reveal()).isEqualTo("az-canary");
    assertThat(azure.toString()).doesNotContain("az-canary");
  }

  @Test
  void masksSecretConfigInToString() throws Exception {
    for (String json :
        new String[] {
          "{\"kind\":\"mparticle\",\"config\":{\"apiKey\":\"canary-1\",\"secret\":\"canary-2\",\"environment\":\"e\"}}",
          "{\"kind\":\"segment\",\"config\":{\"writeKey\":\"canary-3\"}}",
          "{\"kind\":\"azure-event-hubs\",\"config\":{\"policyKey\":\"canary-4\",\"nested\":{\"apiKey\":\"canary-5\"}}}"
        }) {
      Destination d = read(json);
      assertThat(d.toString()).doesNotContain("canary").contains("****");
    }
  }

  @Test
  void aConfigThatDoesNotFitTheTypeFailsWithoutQuotingIt() throws Exception {
    Destination d =
        read(
            "{\"_id\":\"d\",\"kind\":\"kinesis\",\"config\":{\"region\":{\"not\":\"a-string-canary\"}}}");
    assertThatThrownBy(d::kinesisConfig)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot be read as KinesisConfig")
        .hasMessageNotContaining("canary")
        .hasNoCause();
  }

  @Test
  void knowsTheNineDocumentedKinds() {
    assertThat(DestinationKind.knownValues())
        .extracting(DestinationKind::value)
        .containsExactly(
            "google-pubsub",
            "kinesis",
            "mparticle",
            "segment",
            "azure-event-hubs",
            "snowflake-v2",
            "databricks",
            "bigquery",
            "redshift");
    assertThat(DestinationKind.of("kinesis")).isSameAs(DestinationKind.KINESIS);
  }
}
