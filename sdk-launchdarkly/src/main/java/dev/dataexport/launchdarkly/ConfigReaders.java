package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.ModelReader;
import java.util.Optional;

/**
 * The readers of the typed configs (see {@link ModelReader}), one per documented kind; each keeps
 * the members it does not name in the config's {@code unknownFields()}.
 */
final class ConfigReaders {
  private ConfigReaders() {}

  /** Reads a {@link KinesisConfig}. */
  static final class Kinesis extends ModelReader<ImmutableKinesisConfig.Builder, KinesisConfig> {
    private static final long serialVersionUID = 1L;

    Kinesis() {
      super(KinesisConfig.class, 3);
      field(0, "region", String.class);
      field(1, "roleArn", String.class);
      field(2, "streamName", String.class);
    }

    @Override
    protected ImmutableKinesisConfig.Builder newBuilder() {
      return ImmutableKinesisConfig.builder();
    }

    @Override
    protected void set(ImmutableKinesisConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.region(Optional.ofNullable((String) v));
          break;
        case 1:
          b.roleArn(Optional.ofNullable((String) v));
          break;
        case 2:
          b.streamName(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableKinesisConfig.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected KinesisConfig build(ImmutableKinesisConfig.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link GooglePubSubConfig}. */
  static final class GooglePubSub
      extends ModelReader<ImmutableGooglePubSubConfig.Builder, GooglePubSubConfig> {
    private static final long serialVersionUID = 1L;

    GooglePubSub() {
      super(GooglePubSubConfig.class, 2);
      field(0, "project", String.class);
      field(1, "topic", String.class);
    }

    @Override
    protected ImmutableGooglePubSubConfig.Builder newBuilder() {
      return ImmutableGooglePubSubConfig.builder();
    }

    @Override
    protected void set(ImmutableGooglePubSubConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.project(Optional.ofNullable((String) v));
          break;
        case 1:
          b.topic(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableGooglePubSubConfig.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected GooglePubSubConfig build(ImmutableGooglePubSubConfig.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link MParticleConfig}. */
  static final class MParticle
      extends ModelReader<ImmutableMParticleConfig.Builder, MParticleConfig> {
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
    protected ImmutableMParticleConfig.Builder newBuilder() {
      return ImmutableMParticleConfig.builder();
    }

    @Override
    protected void set(ImmutableMParticleConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.apiKey(Optional.ofNullable((Secret) v));
          break;
        case 1:
          b.secret(Optional.ofNullable((Secret) v));
          break;
        case 2:
          b.userIdentity(Optional.ofNullable((String) v));
          break;
        case 3:
          b.anonymousUserIdentity(Optional.ofNullable((String) v));
          break;
        case 4:
          b.environment(Optional.ofNullable((String) v));
          break;
        case 5:
          b.userIdentities(Optional.ofNullable((JsonNode) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableMParticleConfig.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected MParticleConfig build(ImmutableMParticleConfig.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link SegmentConfig}. */
  static final class Segment extends ModelReader<ImmutableSegmentConfig.Builder, SegmentConfig> {
    private static final long serialVersionUID = 1L;

    Segment() {
      super(SegmentConfig.class, 3);
      field(0, "writeKey", Secret.class);
      field(1, "userIDContextKind", String.class);
      field(2, "anonymousIDContextKind", String.class);
    }

    @Override
    protected ImmutableSegmentConfig.Builder newBuilder() {
      return ImmutableSegmentConfig.builder();
    }

    @Override
    protected void set(ImmutableSegmentConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.writeKey(Optional.ofNullable((Secret) v));
          break;
        case 1:
          b.userIdContextKind(Optional.ofNullable((String) v));
          break;
        case 2:
          b.anonymousIdContextKind(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableSegmentConfig.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected SegmentConfig build(ImmutableSegmentConfig.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link AzureEventHubsConfig}. */
  static final class AzureEventHubs
      extends ModelReader<ImmutableAzureEventHubsConfig.Builder, AzureEventHubsConfig> {
    private static final long serialVersionUID = 1L;

    AzureEventHubs() {
      super(AzureEventHubsConfig.class, 4);
      field(0, "namespace", String.class);
      field(1, "name", String.class);
      field(2, "policyName", String.class);
      field(3, "policyKey", Secret.class);
    }

    @Override
    protected ImmutableAzureEventHubsConfig.Builder newBuilder() {
      return ImmutableAzureEventHubsConfig.builder();
    }

    @Override
    protected void set(ImmutableAzureEventHubsConfig.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.namespace(Optional.ofNullable((String) v));
          break;
        case 1:
          b.name(Optional.ofNullable((String) v));
          break;
        case 2:
          b.policyName(Optional.ofNullable((String) v));
          break;
        case 3:
          b.policyKey(Optional.ofNullable((Secret) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableAzureEventHubsConfig.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected AzureEventHubsConfig build(ImmutableAzureEventHubsConfig.Builder b) {
      return b.build();
    }
  }

  /** Reads a {@link SnowflakeV2Config}. */
  static final class SnowflakeV2
      extends ModelReader<ImmutableSnowflakeV2Config.Builder, SnowflakeV2Config> {
    private static final long serialVersionUID = 1L;

    SnowflakeV2() {
      super(SnowflakeV2Config.class, 2);
      field(0, "publicKey", String.class);
      field(1, "snowflakeHostAddress", String.class);
    }

    @Override
    protected ImmutableSnowflakeV2Config.Builder newBuilder() {
      return ImmutableSnowflakeV2Config.builder();
    }

    @Override
    protected void set(ImmutableSnowflakeV2Config.Builder b, int index, Object v) {
      switch (index) {
        case 0:
          b.publicKey(Optional.ofNullable((String) v));
          break;
        case 1:
          b.snowflakeHostAddress(Optional.ofNullable((String) v));
          break;
        default:
          throw new IllegalArgumentException("no field " + index);
      }
    }

    @Override
    protected void putOther(ImmutableSnowflakeV2Config.Builder b, String name, JsonNode value) {
      b.putUnknownFields(name, value);
    }

    @Override
    protected SnowflakeV2Config build(ImmutableSnowflakeV2Config.Builder b) {
      return b.build();
    }
  }
}
