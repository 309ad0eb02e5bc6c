package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code config} of a {@code google-pubsub} destination, read from a response. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableGooglePubSubConfig.class)
@JsonDeserialize(using = ConfigReaders.GooglePubSub.class)
public abstract class GooglePubSubConfig {
  GooglePubSubConfig() {}

  /** The Google Cloud project id. */
  public abstract Optional<String> project();

  /** The Pub/Sub topic name. */
  public abstract Optional<String> topic();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
