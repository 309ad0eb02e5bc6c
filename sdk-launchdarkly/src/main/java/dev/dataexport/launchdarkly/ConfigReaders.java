package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;

/**
 * The readers of the typed configs (see {@link ModelReader}), one per documented kind. Each fills
 * the config's public builder without the required-member checks of a new destination (a response
 * is read tolerantly) and keeps the members it does not name in the config's {@code
 * unknownFields()}. Jackson names a reader by class, so each kind has its own small subclass of
 * {@link Reader}.
 */
final class ConfigReaders {
  private ConfigReaders() {}

  /**
   * Reads one typed config: the members of its {@link ConfigFields}, straight into the builder's
   * values.
   */
  abstract static class Reader<B extends ConfigBuilder<B, C>, C> extends ModelReader<B, C> {
    private static final long serialVersionUID = 1L;

    Reader(Class<C> type, ConfigFields fields) {
      super(type, fields.size());
      for (int i = 0; i < fields.size(); i++) {
        field(i, fields.name(i), fields.type(i));
      }
    }

    @Override
    protected final void set(B builder, int index, Object value) {
      builder.values[index] = value;
    }

    @Override
    protected final void putOther(B builder, String name, JsonNode value) {
      builder.unknownFields.put(name, value);
    }

    @Override
    protected final C build(B builder) {
      return builder.asRead();
    }
  }

  /** Reads a {@link KinesisConfig}. */
  static final class Kinesis extends Reader<KinesisConfig.Builder, KinesisConfig> {
    private static final long serialVersionUID = 1L;

    Kinesis() {
      super(KinesisConfig.class, KinesisConfig.FIELDS);
    }

    @Override
    protected KinesisConfig.Builder newBuilder() {
      return new KinesisConfig.Builder();
    }
  }

  /** Reads a {@link GooglePubSubConfig}. */
  static final class GooglePubSub extends Reader<GooglePubSubConfig.Builder, GooglePubSubConfig> {
    private static final long serialVersionUID = 1L;

    GooglePubSub() {
      super(GooglePubSubConfig.class, GooglePubSubConfig.FIELDS);
    }

    @Override
    protected GooglePubSubConfig.Builder newBuilder() {
      return new GooglePubSubConfig.Builder();
    }
  }

  /** Reads a {@link SnowflakeV2Config}. */
  static final class SnowflakeV2 extends Reader<SnowflakeV2Config.Builder, SnowflakeV2Config> {
    private static final long serialVersionUID = 1L;

    SnowflakeV2() {
      super(SnowflakeV2Config.class, SnowflakeV2Config.FIELDS);
    }

    @Override
    protected SnowflakeV2Config.Builder newBuilder() {
      return new SnowflakeV2Config.Builder();
    }
  }

  /** Reads a {@link AzureEventHubsConfig}. */
  static final class AzureEventHubs
      extends Reader<AzureEventHubsConfig.Builder, AzureEventHubsConfig> {
    private static final long serialVersionUID = 1L;

    AzureEventHubs() {
      super(AzureEventHubsConfig.class, AzureEventHubsConfig.FIELDS);
    }

    @Override
    protected AzureEventHubsConfig.Builder newBuilder() {
      return new AzureEventHubsConfig.Builder();
    }
  }

  /** Reads a {@link MParticleConfig}. */
  static final class MParticle extends Reader<MParticleConfig.Builder, MParticleConfig> {
    private static final long serialVersionUID = 1L;

    MParticle() {
      super(MParticleConfig.class, MParticleConfig.FIELDS);
    }

    @Override
    protected MParticleConfig.Builder newBuilder() {
      return new MParticleConfig.Builder();
    }
  }

  /** Reads a {@link SegmentConfig}. */
  static final class Segment extends Reader<SegmentConfig.Builder, SegmentConfig> {
    private static final long serialVersionUID = 1L;

    Segment() {
      super(SegmentConfig.class, SegmentConfig.FIELDS);
    }

    @Override
    protected SegmentConfig.Builder newBuilder() {
      return new SegmentConfig.Builder();
    }
  }
}
