package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.spi.Checks;
import java.util.LinkedHashMap;
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
  public static final class Builder {
    String project;
    String topic;
    final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets {@code project}, the Google Cloud project id.
     *
     * @throws NullPointerException {@code project must not be null}
     * @throws IllegalArgumentException {@code project must not be blank}
     */
    public Builder project(String project) {
      this.project = Checks.notBlank("project", project);
      return this;
    }

    /**
     * Sets {@code topic}, the Pub/Sub topic name.
     *
     * @throws NullPointerException {@code topic must not be null}
     * @throws IllegalArgumentException {@code topic must not be blank}
     */
    public Builder topic(String topic) {
      this.topic = Checks.notBlank("topic", topic);
      return this;
    }

    /**
     * Adds a config member this SDK version does not name, sent as given (a copy is kept).
     *
     * @throws NullPointerException {@code name must not be null}, {@code value must not be null}
     */
    public Builder putUnknownField(String name, JsonNode value) {
      unknownFields.put(Checks.notNull("name", name), Checks.notNull("value", value).deepCopy());
      return this;
    }

    /**
     * Builds the config.
     *
     * @throws IllegalStateException naming every required member not set, for example {@code
     *     project is required}
     */
    public GooglePubSubConfig build() {
      RequiredConfig.check("project", project, "topic", topic);
      return asRead();
    }

    /** Builds what a response held, without the checks of a new destination's config. */
    GooglePubSubConfig asRead() {
      return ImmutableGooglePubSubConfig.of(
          Optional.ofNullable(project), Optional.ofNullable(topic), unknownFields);
    }
  }
}
