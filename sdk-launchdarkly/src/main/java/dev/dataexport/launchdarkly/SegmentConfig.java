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
 * The {@code config} of a {@code segment} destination, read from a response. The API returns {@code
 * writeKey} obfuscated; it is a {@link Secret} here so it never prints. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentConfig.class)
@JsonDeserialize(using = ConfigReaders.Segment.class)
public abstract class SegmentConfig {
  SegmentConfig() {}

  /** The Segment write key (obfuscated by the API). */
  public abstract Optional<Secret> writeKey();

  /** The context kind whose key becomes Segment's {@code userId}. */
  @JsonProperty("userIDContextKind")
  public abstract Optional<String> userIdContextKind();

  /** The context kind whose key becomes Segment's {@code anonymousId}. */
  @JsonProperty("anonymousIDContextKind")
  public abstract Optional<String> anonymousIdContextKind();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
