package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.rejects;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import org.junit.jupiter.api.Test;

/** The checks of a new destination and its typed configs, all before any I/O. */
class NewDestinationTest {
  private static final String CANARY = "CANARY-secret-123";

  @Test
  void eachTypedConfigNamesEveryMissingRequiredMember() {
    rejects(
        IllegalStateException.class,
        "region, roleArn, streamName are required",
        () -> KinesisConfig.builder().build());
    rejects(
        IllegalStateException.class,
        "topic is required",
        () -> GooglePubSubConfig.builder().project("p").build());
    rejects(
        IllegalStateException.class,
        "apiKey, secret, userIdentity, environment are required",
        () -> MParticleConfig.builder().anonymousUserIdentity("a").build());
    rejects(
        IllegalStateException.class,
        "writeKey is required",
        () -> SegmentConfig.builder().userIdContextKind("user").build());
    rejects(
        IllegalStateException.class,
        "policyKey is required",
        () -> AzureEventHubsConfig.builder().namespace("n").name("h").policyName("send").build());
    rejects(
        IllegalStateException.class,
        "publicKey, snowflakeHostAddress are required",
        () -> SnowflakeV2Config.builder().build());
  }

  @Test
  void valuesAreCheckedWhenSetWithTheWireName() {
    rejects(
        IllegalArgumentException.class,
        "region must not be blank",
        () -> KinesisConfig.builder().region(" "));
    rejects(
        NullPointerException.class,
        "topic must not be null",
        () -> GooglePubSubConfig.builder().topic(null));
    rejects(
        IllegalArgumentException.class,
        "userIDContextKind must not be blank",
        () -> SegmentConfig.builder().userIdContextKind(""));
    rejects(
        NullPointerException.class,
        "policyKey must not be null",
        () -> AzureEventHubsConfig.builder().policyKey(null));
    rejects(
        NullPointerException.class,
        "userIdentities must not be null",
        () -> MParticleConfig.builder().userIdentities(null));
  }

  @Test
  void aNewDestinationNeedsAConfigAndAnObjectForARawOne() {
    rejects(
        IllegalStateException.class,
        "config is required",
        () -> NewDestination.builder().name("n").build());
    rejects(
        IllegalArgumentException.class,
        "name must not be blank",
        () -> NewDestination.builder().name("\t"));
    rejects(
        NullPointerException.class,
        "config must not be null",
        () -> NewDestination.builder().config((KinesisConfig) null));
    rejects(
        NullPointerException.class,
        "kind must not be null",
        () -> NewDestination.builder().rawConfig(null, tree("{}")));
    rejects(
        IllegalArgumentException.class,
        "config must be a JSON object, was STRING",
        () ->
            NewDestination.builder()
                .rawConfig(DestinationKind.of("clickhouse"), tree("\"{\\\"a\\\":1}\"")));
  }

  @Test
  void theConfigSetsTheKindAndTheLastConfigWins() {
    NewDestination d =
        NewDestination.builder()
            .config(GooglePubSubConfig.builder().project("p").topic("t").build())
            .config(SnowflakeV2Config.builder().publicKey("k").snowflakeHostAddress("h").build())
            .build();
    assertThat(d.kind()).isEqualTo(DestinationKind.SNOWFLAKE_V2);
    assertThat(d.name()).isEmpty();
    assertThat(d.on()).isEmpty();
  }

  @Test
  void aRawConfigIsCopiedSoLaterChangesDoNotLeakIn() {
    var raw = (com.fasterxml.jackson.databind.node.ObjectNode) tree("{\"host\":\"h\"}");
    NewDestination d = NewDestination.builder().rawConfig(DestinationKind.DATABRICKS, raw).build();
    raw.put("host", "changed");
    assertThat(((com.fasterxml.jackson.databind.JsonNode) d.config()).path("host").textValue())
        .isEqualTo("h");
  }

  @Test
  void secretsAreMaskedInEveryTextButWrittenByTheCoreMapper() throws Exception {
    for (KindCases.Case c : KindCases.all()) {
      NewDestination d = c.apply(NewDestination.builder()).build();
      assertThat(d.toString()).as(c.kind().value()).doesNotContain("CANARY");
      assertThat(d.config().toString()).as(c.kind().value()).doesNotContain("CANARY");
      assertThat(tree(Json.mapper().writeValueAsString(d.config())))
          .as(c.kind().value())
          .isEqualTo(tree(c.wire()));
    }
    NewDestination raw =
        NewDestination.builder()
            .rawConfig(
                DestinationKind.REDSHIFT, tree("{\"user\":\"u\",\"password\":\"" + CANARY + "\"}"))
            .build();
    assertThat(raw.toString()).doesNotContain(CANARY).contains("\"password\":\"****\"");
  }

  @Test
  void aTypedConfigReadBackFromAResponseSkipsTheCreateChecks() throws Exception {
    Destination d =
        Json.mapper()
            .readValue(
                "{\"kind\":\"mparticle\",\"config\":{\"apiKey\":\"****\",\"extra\":1}}",
                Destination.class);
    MParticleConfig config = d.mparticleConfig().orElseThrow();
    assertThat(config.apiKey()).contains(Secret.of("****"));
    assertThat(config.userIdentity()).isEmpty();
    assertThat(config.unknownFields()).containsOnlyKeys("extra");
  }
}
