package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.ModelReader;

/**
 * The readers of the typed configs (see {@link ModelReader}), one per documented kind. Each fills
 * the config's public builder without the required-member checks of a new destination (a response
 * is read tolerantly) and keeps the members it does not name in the config's {@code
 * unknownFields()}.
 */
final class ConfigReaders {
  private ConfigReaders() {}

  /** Reads a {@link KinesisConfig}. */
  static final class Kinesis extends ModelReader<KinesisConfig.Builder, KinesisConfig> {
    private static final long serialVersionUID = 1L;

    Kinesis() {
      super(KinesisConfig.class, 3);
      field(0, "region", String.class);
      field(1, "roleArn", String.class);
      field(2, "streamName", String.class);
    }

    @Override
    protected KinesisConfig.Builder newBuilder() {
      return new KinesisConfig.Builder();
    }

    @Override
    protected void set(KinesisConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.region = (String) v;
          break;
        case 1:
          b.roleArn = (String) v;
          break;
        case 2:
          b.streamName = (String) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(KinesisConfig.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected KinesisConfig build(KinesisConfig.Builder b) {
      return b.asRead();
    }
  }

  /** Reads a {@link GooglePubSubConfig}. */
  static final class GooglePubSub
      extends ModelReader<GooglePubSubConfig.Builder, GooglePubSubConfig> {
    private static final long serialVersionUID = 1L;

    GooglePubSub() {
      super(GooglePubSubConfig.class, 2);
      field(0, "project", String.class);
      field(1, "topic", String.class);
    }

    @Override
    protected GooglePubSubConfig.Builder newBuilder() {
      return new GooglePubSubConfig.Builder();
    }

    @Override
    protected void set(GooglePubSubConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.project = (String) v;
          break;
        case 1:
          b.topic = (String) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(GooglePubSubConfig.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected GooglePubSubConfig build(GooglePubSubConfig.Builder b) {
      return b.asRead();
    }
  }

  /** Reads a {@link SnowflakeV2Config}. */
  static final class SnowflakeV2 extends ModelReader<SnowflakeV2Config.Builder, SnowflakeV2Config> {
    private static final long serialVersionUID = 1L;

    SnowflakeV2() {
      super(SnowflakeV2Config.class, 2);
      field(0, "publicKey", String.class);
      field(1, "snowflakeHostAddress", String.class);
    }

    @Override
    protected SnowflakeV2Config.Builder newBuilder() {
      return new SnowflakeV2Config.Builder();
    }

    @Override
    protected void set(SnowflakeV2Config.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.publicKey = (String) v;
          break;
        case 1:
          b.snowflakeHostAddress = (String) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(SnowflakeV2Config.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected SnowflakeV2Config build(SnowflakeV2Config.Builder b) {
      return b.asRead();
    }
  }

  /** Reads a {@link AzureEventHubsConfig}. */
  static final class AzureEventHubs
      extends ModelReader<AzureEventHubsConfig.Builder, AzureEventHubsConfig> {
    private static final long serialVersionUID = 1L;

    AzureEventHubs() {
      super(AzureEventHubsConfig.class, 4);
      field(0, "namespace", String.class);
      field(1, "name", String.class);
      field(2, "policyName", String.class);
      field(3, "policyKey", Secret.class);
    }

    @Override
    protected AzureEventHubsConfig.Builder newBuilder() {
      return new AzureEventHubsConfig.Builder();
    }

    @Override
    protected void set(AzureEventHubsConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.namespace = (String) v;
          break;
        case 1:
          b.name = (String) v;
          break;
        case 2:
          b.policyName = (String) v;
          break;
        case 3:
          b.policyKey = (Secret) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(AzureEventHubsConfig.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected AzureEventHubsConfig build(AzureEventHubsConfig.Builder b) {
      return b.asRead();
    }
  }

  /** Reads a {@link MParticleConfig}. */
  static final class MParticle extends ModelReader<MParticleConfig.Builder, MParticleConfig> {
    private static final long serialVersionUID = 1L;

    MParticle() {
      super(MParticleConfig.class, 6);
      field(0, "apiKey", Secret.class);
      field(1, "secret", Secret.class);
      field(2, "userIdentity", String.class);
      field(3, "anonymousUserIdentity", String.class);
      field(4, "environment", String.class);
      field(5, "userIdentities", JsonNode.class);
    }

    @Override
    protected MParticleConfig.Builder newBuilder() {
      return new MParticleConfig.Builder();
    }

    @Override
    protected void set(MParticleConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.apiKey = (Secret) v;
          break;
        case 1:
          b.secret = (Secret) v;
          break;
        case 2:
          b.userIdentity = (String) v;
          break;
        case 3:
          b.anonymousUserIdentity = (String) v;
          break;
        case 4:
          b.environment = (String) v;
          break;
        case 5:
          b.userIdentities = (JsonNode) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(MParticleConfig.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected MParticleConfig build(MParticleConfig.Builder b) {
      return b.asRead();
    }
  }

  /** Reads a {@link SegmentConfig}. */
  static final class Segment extends ModelReader<SegmentConfig.Builder, SegmentConfig> {
    private static final long serialVersionUID = 1L;

    Segment() {
      super(SegmentConfig.class, 3);
      field(0, "writeKey", Secret.class);
      field(1, "userIDContextKind", String.class);
      field(2, "anonymousIDContextKind", String.class);
    }

    @Override
    protected SegmentConfig.Builder newBuilder() {
      return new SegmentConfig.Builder();
    }

    @Override
    protected void set(SegmentConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.writeKey = (Secret) v;
          break;
        case 1:
          b.userIdContextKind = (String) v;
          break;
        case 2:
          b.anonymousIdContextKind = (String) v;
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(SegmentConfig.Builder b, String name, JsonNode value) {
      b.unknownFields.put(name, value);
    }

    @Override
    protected SegmentConfig build(SegmentConfig.Builder b) {
      return b.asRead();
    }
  }
}
