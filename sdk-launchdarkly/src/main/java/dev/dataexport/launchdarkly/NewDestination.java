package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.internal.ConfigMasking;
import java.util.Optional;

/**
 * A destination to create with {@link Destinations#create(EnvironmentKey, NewDestination)}: its
 * kind and config (required), name and on/off state (optional; LaunchDarkly's defaults apply when
 * unset). The six documented kinds take their typed config, whose builder checks the required
 * members and holds secrets as {@link dev.dataexport.core.Secret}s; any other kind (such as {@code
 * databricks} or one LaunchDarkly adds later) takes a raw JSON config. Immutable and thread-safe;
 * {@code toString()} masks secrets.
 *
 * <pre>{@code
 * NewDestination pubsub = NewDestination.builder()
 *     .name("exports")
 *     .config(GooglePubSubConfig.builder().project("my-gcp-project").topic("ld-events").build())
 *     .on(true)
 *     .build();
 * }</pre>
 */
public final class NewDestination {
  private final String name;
  private final DestinationKind kind;
  private final Object config;
  private final Boolean on;

  private NewDestination(Builder builder) {
    this.name = builder.name;
    this.kind = builder.kind;
    this.config = builder.config;
    this.on = builder.on;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name, if set. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The kind, set by the config. */
  public DestinationKind kind() {
    return kind;
  }

  /**
   * The config as it is sent: one of the typed configs, or the raw JSON (a copy) of any other kind.
   */
  public Object config() {
    return config instanceof JsonNode ? ((JsonNode) config).deepCopy() : config;
  }

  /** Whether the export starts on, if set. */
  public Optional<Boolean> on() {
    return Optional.ofNullable(on);
  }

  /** The destination with secret config values shown as {@code ****}. */
  @Override
  public String toString() {
    return "NewDestination{name="
        + name
        + ", kind="
        + kind.value()
        + ", on="
        + on
        + ", config="
        + ConfigMasking.mask(Json.redactingMapper().valueToTree(config))
        + "}";
  }

  /** Builds a {@link NewDestination}; a config is required. Not thread-safe. */
  public static final class Builder {
    private String name;
    private DestinationKind kind;
    private Object config;
    private Boolean on;

    private Builder() {}

    /**
     * Sets the human-readable name.
     *
     * @throws NullPointerException {@code name must not be null}
     * @throws IllegalArgumentException {@code name must not be blank}
     */
    public Builder name(String name) {
      this.name = Checks.notBlank("name", name);
      return this;
    }

    /** Sets whether the export starts on; LaunchDarkly's default applies when unset. */
    public Builder on(boolean on) {
      this.on = on;
      return this;
    }

    /** Makes it a {@code kinesis} destination with {@code config}. */
    public Builder config(KinesisConfig config) {
      return typed(DestinationKind.KINESIS, config);
    }

    /** Makes it a {@code google-pubsub} destination with {@code config}. */
    public Builder config(GooglePubSubConfig config) {
      return typed(DestinationKind.GOOGLE_PUBSUB, config);
    }

    /** Makes it an {@code mparticle} destination with {@code config}. */
    public Builder config(MParticleConfig config) {
      return typed(DestinationKind.MPARTICLE, config);
    }

    /** Makes it a {@code segment} destination with {@code config}. */
    public Builder config(SegmentConfig config) {
      return typed(DestinationKind.SEGMENT, config);
    }

    /** Makes it an {@code azure-event-hubs} destination with {@code config}. */
    public Builder config(AzureEventHubsConfig config) {
      return typed(DestinationKind.AZURE_EVENT_HUBS, config);
    }

    /** Makes it a {@code snowflake-v2} destination with {@code config}. */
    public Builder config(SnowflakeV2Config config) {
      return typed(DestinationKind.SNOWFLAKE_V2, config);
    }

    /**
     * Makes it a destination of {@code kind} with a raw JSON config, sent as given: the way to
     * create a kind without a typed config ({@code databricks}, {@code bigquery}, {@code redshift},
     * or one this SDK version does not name). Secret members in it are masked in {@code toString()}
     * by name ({@code password}, {@code token}, …) but are plain JSON otherwise.
     *
     * @throws NullPointerException {@code kind must not be null}, {@code config must not be null}
     * @throws IllegalArgumentException {@code config must be a JSON object} when it is not
     */
    public Builder rawConfig(DestinationKind kind, JsonNode config) {
      Checks.notNull("kind", kind);
      Checks.notNull("config", config);
      if (!config.isObject()) {
        throw new IllegalArgumentException(
            "config must be a JSON object, was " + config.getNodeType());
      }
      this.kind = kind;
      this.config = config.deepCopy();
      return this;
    }

    private Builder typed(DestinationKind kind, Object config) {
      this.config = Checks.notNull("config", config);
      this.kind = kind;
      return this;
    }

    /**
     * Builds the destination.
     *
     * @throws IllegalStateException {@code config is required} when no config was set
     */
    public NewDestination build() {
      Checks.required("config", config);
      return new NewDestination(this);
    }
  }
}
