package dev.dataexport.launchdarkly;

import dev.dataexport.core.Secret;
import java.util.List;
import java.util.function.UnaryOperator;

/** One fully set typed config per documented kind, and the config JSON it must send. */
final class KindCases {
  private KindCases() {}

  /**
   * A kind, how to put its config on a builder, and the wire form of that config.
   *
   * @param kind the kind the config sets
   * @param apply sets the config on a builder
   * @param wire the config as sent
   */
  record Case(DestinationKind kind, UnaryOperator<NewDestination.Builder> apply, String wire) {
    NewDestination.Builder apply(NewDestination.Builder builder) {
      return apply.apply(builder);
    }
  }

  static List<Case> all() {
    return List.of(
        new Case(
            DestinationKind.KINESIS,
            b ->
                b.config(
                    KinesisConfig.builder()
                        .region("us-east-1")
                        .roleArn("arn:aws:iam::123:role/ld")
                        .streamName("ld-events")
                        .build()),
            "{\"region\":\"us-east-1\",\"roleArn\":\"arn:aws:iam::123:role/ld\","
                + "\"streamName\":\"ld-events\"}"),
        new Case(
            DestinationKind.GOOGLE_PUBSUB,
            b -> b.config(GooglePubSubConfig.builder().project("gcp-p").topic("ld").build()),
            "{\"project\":\"gcp-p\",\"topic\":\"ld\"}"),
        new Case(
            DestinationKind.MPARTICLE,
            b ->
                b.config(
                    MParticleConfig.builder()
                        .apiKey(Secret.of("mp-key-CANARY-1"))
                        .secret(Secret.of("mp-secret-CANARY-2"))
                        .userIdentity("customer_id")
                        .anonymousUserIdentity("other")
                        .environment("production")
                        .userIdentities(TestSupport.tree("[{\"ldContextKind\":\"user\"}]"))
                        .build()),
            "{\"apiKey\":\"mp-key-CANARY-1\",\"secret\":\"mp-secret-CANARY-2\","
                + "\"userIdentity\":\"customer_id\",\"anonymousUserIdentity\":\"other\","
                + "\"environment\":\"production\",\"userIdentities\":[{\"ldContextKind\":\"user\"}]}"),
        new Case(
            DestinationKind.SEGMENT,
            b ->
                b.config(
                    SegmentConfig.builder()
                        .writeKey(Secret.of("seg-CANARY-3"))
                        .userIdContextKind("user")
                        .anonymousIdContextKind("device")
                        .build()),
            "{\"writeKey\":\"seg-CANARY-3\",\"userIDContextKind\":\"user\","
                + "\"anonymousIDContextKind\":\"device\"}"),
        new Case(
            DestinationKind.AZURE_EVENT_HUBS,
            b ->
                b.config(
                    AzureEventHubsConfig.builder()
                        .namespace("ns")
                        .name("hub")
                        .policyName("send")
                        .policyKey(Secret.of("az-CANARY-4"))
                        .build()),
            "{\"namespace\":\"ns\",\"name\":\"hub\",\"policyName\":\"send\","
                + "\"policyKey\":\"az-CANARY-4\"}"),
        new Case(
            DestinationKind.SNOWFLAKE_V2,
            b ->
                b.config(
                    SnowflakeV2Config.builder()
                        .publicKey("MIIB-public")
                        .snowflakeHostAddress("acct.snowflakecomputing.com")
                        .putUnknownField("role", TestSupport.tree("\"LD\""))
                        .build()),
            "{\"publicKey\":\"MIIB-public\","
                + "\"snowflakeHostAddress\":\"acct.snowflakecomputing.com\",\"role\":\"LD\"}"));
  }
}
