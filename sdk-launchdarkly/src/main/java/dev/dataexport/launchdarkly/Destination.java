package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.internal.ConfigMasking;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A Data Export destination as LaunchDarkly returns it. Read tolerantly: every field is optional,
 * an unknown {@link #kind()} is kept, and unknown members are kept in {@link #unknownFields()}. The
 * {@link #config()} is available raw for every kind and typed for the documented ones; secret
 * config values (obfuscated by the API anyway) are masked in {@code toString()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDestination.class)
@JsonDeserialize(using = DestinationReader.class)
public abstract class Destination {
  Destination() {}

  /** The destination's id ({@code _id}). */
  @Value.Parameter
  @JsonProperty("_id")
  public abstract Optional<String> id();

  /** The human-readable name. */
  @Value.Parameter
  public abstract Optional<String> name();

  /** The destination type; may be a kind this SDK version does not name. */
  @Value.Parameter
  public abstract Optional<DestinationKind> kind();

  /** The version, incremented by LaunchDarkly on every change; the guard of a safe update. */
  @Value.Parameter
  public abstract OptionalLong version();

  /** Whether the export is on. */
  @Value.Parameter
  @JsonProperty("on")
  public abstract Optional<Boolean> on();

  /** When the destination was created (sent as epoch milliseconds). */
  @Value.Parameter
  public abstract Optional<Instant> createdAt();

  /** The id of the member who maintains the destination. */
  @Value.Parameter
  public abstract Optional<String> maintainerId();

  /**
   * Related resources ({@code _links}) by relation, for example {@code self} and {@code parent}.
   */
  @Value.Parameter
  @JsonProperty("_links")
  public abstract Map<String, Link> links();

  /** The allowed and denied actions of the caller on this destination ({@code _access}). */
  @Value.Parameter
  @JsonProperty("_access")
  public abstract Optional<Access> access();

  /**
   * What LaunchDarkly produced when it completed a warehouse destination's setup ({@code
   * completedArtifacts}, documented for Redshift).
   */
  @Value.Parameter
  public abstract Optional<CompletedArtifacts> completedArtifacts();

  /**
   * The key of this destination, read from its {@code self} link ({@code
   * /api/v2/destinations/{projectKey}/{environmentKey}/{id}}, segments decoded): the response names
   * the project and environment nowhere else. Empty when the link is absent or of another shape.
   */
  public Optional<DestinationKey> key() {
    Link self = links().get("self");
    return self == null ? Optional.empty() : self.href().flatMap(SelfLinks::destinationKey);
  }

  /** The config as received; see {@link #config()}. */
  @Value.Parameter
  @JsonProperty("config")
  abstract Optional<JsonNode> rawConfig();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * The kind-specific configuration as a JSON object (a copy; empty when absent). A config sent as
   * a JSON string holding an object, as some of LaunchDarkly's examples show, is parsed.
   */
  public JsonNode config() {
    JsonNode raw = rawConfig().orElse(null);
    if (raw == null || raw.isNull()) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (raw.isTextual()) {
      try {
        JsonNode parsed = Json.mapper().readTree(raw.textValue());
        if (parsed != null && parsed.isObject()) {
          return parsed;
        }
      } catch (IOException notJson) {
        // fall through: keep the text as it is
      }
    }
    return raw.deepCopy();
  }

  /**
   * The config read as {@code type}, whatever the kind.
   *
   * @throws IllegalStateException when the config does not fit {@code type} (the message names no
   *     value)
   */
  public <T> T configAs(Class<T> type) {
    try {
      return Json.mapper().convertValue(config(), type);
    } catch (IllegalArgumentException e) {
      // No cause: Jackson's message may quote a secret config value.
      throw new IllegalStateException(
          "the config of destination "
              + id().orElse("?")
              + " (kind "
              + kind().map(DestinationKind::value).orElse("?")
              + ") cannot be read as "
              + type.getSimpleName());
    }
  }

  /** The config of a {@code kinesis} destination; empty for other kinds. */
  public Optional<KinesisConfig> kinesisConfig() {
    return typed(DestinationKind.KINESIS, KinesisConfig.class);
  }

  /** The config of a {@code google-pubsub} destination; empty for other kinds. */
  public Optional<GooglePubSubConfig> googlePubSubConfig() {
    return typed(DestinationKind.GOOGLE_PUBSUB, GooglePubSubConfig.class);
  }

  /** The config of an {@code mparticle} destination; empty for other kinds. */
  public Optional<MParticleConfig> mparticleConfig() {
    return typed(DestinationKind.MPARTICLE, MParticleConfig.class);
  }

  /** The config of a {@code segment} destination; empty for other kinds. */
  public Optional<SegmentConfig> segmentConfig() {
    return typed(DestinationKind.SEGMENT, SegmentConfig.class);
  }

  /** The config of an {@code azure-event-hubs} destination; empty for other kinds. */
  public Optional<AzureEventHubsConfig> azureEventHubsConfig() {
    return typed(DestinationKind.AZURE_EVENT_HUBS, AzureEventHubsConfig.class);
  }

  /** The config of a {@code snowflake-v2} destination; empty for other kinds. */
  public Optional<SnowflakeV2Config> snowflakeV2Config() {
    return typed(DestinationKind.SNOWFLAKE_V2, SnowflakeV2Config.class);
  }

  private <T> Optional<T> typed(DestinationKind wanted, Class<T> type) {
    return kind().filter(wanted::equals).map(k -> configAs(type));
  }

  /** The config as compact JSON with secret members shown as {@code ****}, for logs and display. */
  public String maskedConfig() {
    return ConfigMasking.mask(config());
  }

  /** The destination with secret config values masked. */
  @Override
  public String toString() {
    return "Destination{id="
        + id().orElse(null)
        + ", name="
        + name().orElse(null)
        + ", kind="
        + kind().orElse(null)
        + ", version="
        + (version().isPresent() ? version().getAsLong() : null)
        + ", on="
        + on().orElse(null)
        + ", createdAt="
        + createdAt().orElse(null)
        + ", maintainerId="
        + maintainerId().orElse(null)
        + ", config="
        + maskedConfig()
        + ", access="
        + access()
            .map(a -> a.allowed().size() + " allowed/" + a.denied().size() + " denied")
            .orElse(null)
        + ", links="
        + links().keySet()
        + (unknownFields().isEmpty() ? "" : ", unknownFields=" + unknownFields().keySet())
        + "}";
  }
}
