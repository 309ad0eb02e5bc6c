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
 * The {@code config} of an {@code azure-event-hubs} destination, read from a response or, from
 * {@link #builder()}, sent to create a destination. The API returns {@code policyKey} obfuscated;
 * it is a {@link Secret} here so it never prints. Immutable.
 */
@JsonSerialize(as = ImmutableAzureEventHubsConfig.class)
@JsonDeserialize(using = ConfigReaders.AzureEventHubs.class)
public abstract class AzureEventHubsConfig {
  AzureEventHubsConfig() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of()
          .required("namespace", String.class)
          .required("name", String.class)
          .required("policyName", String.class)
          .required("policyKey", Secret.class);

  /**
   * Immutables' input for {@code ImmutableAzureEventHubsConfig}, kept off the public type's
   * annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractAzureEventHubsConfig extends AzureEventHubsConfig {}

  /** The Event Hubs namespace. */
  @Value.Parameter
  public abstract Optional<String> namespace();

  /** The event hub name. */
  @Value.Parameter
  public abstract Optional<String> name();

  /** The shared access policy name. */
  @Value.Parameter
  public abstract Optional<String> policyName();

  /** The shared access policy key (obfuscated by the API). */
  @Value.Parameter
  public abstract Optional<Secret> policyKey();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code azure-event-hubs} destination, for {@link
   * NewDestination.Builder#config(AzureEventHubsConfig)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link AzureEventHubsConfig}: {@code namespace}, {@code name}, {@code policyName},
   * {@code policyKey} are required. Each value is checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, AzureEventHubsConfig> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code namespace}, the Event Hubs namespace.
     *
     * @throws NullPointerException {@code namespace must not be null}
     * @throws IllegalArgumentException {@code namespace must not be blank}
     */
    public Builder namespace(String namespace) {
      return text("namespace", namespace);
    }

    /**
     * Sets {@code name}, the event hub name.
     *
     * @throws NullPointerException {@code name must not be null}
     * @throws IllegalArgumentException {@code name must not be blank}
     */
    public Builder name(String name) {
      return text("name", name);
    }

    /**
     * Sets {@code policyName}, the shared access policy name.
     *
     * @throws NullPointerException {@code policyName must not be null}
     * @throws IllegalArgumentException {@code policyName must not be blank}
     */
    public Builder policyName(String policyName) {
      return text("policyName", policyName);
    }

    /**
     * Sets {@code policyKey}, the shared access policy key; a {@link Secret}, revealed only on the
     * wire.
     *
     * @throws NullPointerException {@code policyKey must not be null}
     */
    public Builder policyKey(Secret policyKey) {
      return secret("policyKey", policyKey);
    }

    @Override
    AzureEventHubsConfig asRead() {
      return ImmutableAzureEventHubsConfig.of(
          get("namespace"), get("name"), get("policyName"), get("policyKey"), unknownFields);
    }
  }
}
