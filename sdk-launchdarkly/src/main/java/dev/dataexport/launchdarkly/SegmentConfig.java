package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.Secret;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code config} of a {@code segment} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. The API returns {@code writeKey} obfuscated; it is a
 * {@link Secret} here so it never prints. Immutable.
 */
@JsonSerialize(as = ImmutableSegmentConfig.class)
@JsonDeserialize(using = ConfigReaders.Segment.class)
public abstract class SegmentConfig {
  SegmentConfig() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of()
          .required("writeKey", Secret.class)
          .optional("userIDContextKind", String.class)
          .optional("anonymousIDContextKind", String.class);

  /**
   * Immutables' input for {@code ImmutableSegmentConfig}, kept off the public type's annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractSegmentConfig extends SegmentConfig {}

  /** The Segment write key (obfuscated by the API). */
  @Value.Parameter
  public abstract Optional<Secret> writeKey();

  /** The context kind whose key becomes Segment's {@code userId}. */
  @Value.Parameter
  @JsonProperty("userIDContextKind")
  public abstract Optional<String> userIdContextKind();

  /** The context kind whose key becomes Segment's {@code anonymousId}. */
  @Value.Parameter
  @JsonProperty("anonymousIDContextKind")
  public abstract Optional<String> anonymousIdContextKind();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code segment} destination, for {@link
   * NewDestination.Builder#config(SegmentConfig)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SegmentConfig}: {@code writeKey} is required, {@code userIDContextKind}, {@code
   * anonymousIDContextKind} optional. Each value is checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, SegmentConfig> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code writeKey}, the Segment write key; a {@link Secret}, revealed only on the wire.
     *
     * @throws NullPointerException {@code writeKey must not be null}
     */
    public Builder writeKey(Secret writeKey) {
      return secret("writeKey", writeKey);
    }

    /**
     * Sets {@code userIDContextKind}, the context kind whose key becomes Segment's userId.
     *
     * @throws NullPointerException {@code userIDContextKind must not be null}
     * @throws IllegalArgumentException {@code userIDContextKind must not be blank}
     */
    public Builder userIdContextKind(String userIdContextKind) {
      return text("userIDContextKind", userIdContextKind);
    }

    /**
     * Sets {@code anonymousIDContextKind}, the context kind whose key becomes Segment's
     * anonymousId.
     *
     * @throws NullPointerException {@code anonymousIDContextKind must not be null}
     * @throws IllegalArgumentException {@code anonymousIDContextKind must not be blank}
     */
    public Builder anonymousIdContextKind(String anonymousIdContextKind) {
      return text("anonymousIDContextKind", anonymousIdContextKind);
    }

    @Override
    SegmentConfig asRead() {
      return ImmutableSegmentConfig.of(
          get("writeKey"), get("userIDContextKind"), get("anonymousIDContextKind"), unknownFields);
    }
  }
}
