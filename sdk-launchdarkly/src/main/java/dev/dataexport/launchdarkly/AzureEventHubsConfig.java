package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.Secret;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code config} of an {@code azure-event-hubs} destination, read from a response. The API
 * returns {@code policyKey} obfuscated; it is a {@link Secret} here so it never prints. Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAzureEventHubsConfig.class)
@JsonDeserialize(using = ConfigReaders.AzureEventHubs.class)
public abstract class AzureEventHubsConfig {
  AzureEventHubsConfig() {}

  /** The Event Hubs namespace. */
  public abstract Optional<String> namespace();

  /** The event hub name. */
  public abstract Optional<String> name();

  /** The shared access policy name. */
  public abstract Optional<String> policyName();

  /** The shared access policy key (obfuscated by the API). */
  public abstract Optional<Secret> policyKey();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
