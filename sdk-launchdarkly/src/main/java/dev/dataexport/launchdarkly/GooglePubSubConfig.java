package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code config} of a {@code google-pubsub} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. Immutable.
 */
@JsonSerialize(as = ImmutableGooglePubSubConfig.class)
@JsonDeserialize(using = ConfigReaders.GooglePubSub.class)
public abstract class GooglePubSubConfig {
  GooglePubSubConfig() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of().required("project", String.class).required("topic", String.class);

  /**
   * Immutables' input for {@code ImmutableGooglePubSubConfig}, kept off the public type's
   * annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractGooglePubSubConfig extends GooglePubSubConfig {}

  /** The Google Cloud project id. */
  @Value.Parameter
  public abstract Optional<String> project();

  /** The Pub/Sub topic name. */
  @Value.Parameter
  public abstract Optional<String> topic();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code google-pubsub} destination, for {@link
   * NewDestination.Builder#config(GooglePubSubConfig)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link GooglePubSubConfig}: {@code project}, {@code topic} are required. Each value is
   * checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, GooglePubSubConfig> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code project}, the Google Cloud project id.
     *
     * @throws NullPointerException {@code project must not be null}
     * @throws IllegalArgumentException {@code project must not be blank}
     */
    public Builder project(String project) {
      return text("project", project);
    }

    /**
     * Sets {@code topic}, the Pub/Sub topic name.
     *
     * @throws NullPointerException {@code topic must not be null}
     * @throws IllegalArgumentException {@code topic must not be blank}
     */
    public Builder topic(String topic) {
      return text("topic", topic);
    }

    @Override
    GooglePubSubConfig asRead() {
      return ImmutableGooglePubSubConfig.of(get("project"), get("topic"), unknownFields);
    }
  }
}
