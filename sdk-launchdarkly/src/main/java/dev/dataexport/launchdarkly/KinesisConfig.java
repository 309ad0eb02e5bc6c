package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code config} of a {@code kinesis} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. Immutable.
 */
@JsonSerialize(as = ImmutableKinesisConfig.class)
@JsonDeserialize(using = ConfigReaders.Kinesis.class)
public abstract class KinesisConfig {
  KinesisConfig() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of()
          .required("region", String.class)
          .required("roleArn", String.class)
          .required("streamName", String.class);

  /**
   * Immutables' input for {@code ImmutableKinesisConfig}, kept off the public type's annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractKinesisConfig extends KinesisConfig {}

  /** The AWS region of the stream, for example {@code us-east-1}. */
  @Value.Parameter
  public abstract Optional<String> region();

  /** The ARN of the IAM role LaunchDarkly assumes to write to the stream. */
  @Value.Parameter
  public abstract Optional<String> roleArn();

  /** The name of the Kinesis stream. */
  @Value.Parameter
  public abstract Optional<String> streamName();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code kinesis} destination, for {@link
   * NewDestination.Builder#config(KinesisConfig)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KinesisConfig}: {@code region}, {@code roleArn}, {@code streamName} are
   * required. Each value is checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, KinesisConfig> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code region}, the AWS region of the stream.
     *
     * @throws NullPointerException {@code region must not be null}
     * @throws IllegalArgumentException {@code region must not be blank}
     */
    public Builder region(String region) {
      return text("region", region);
    }

    /**
     * Sets {@code roleArn}, the ARN of the IAM role LaunchDarkly assumes.
     *
     * @throws NullPointerException {@code roleArn must not be null}
     * @throws IllegalArgumentException {@code roleArn must not be blank}
     */
    public Builder roleArn(String roleArn) {
      return text("roleArn", roleArn);
    }

    /**
     * Sets {@code streamName}, the name of the Kinesis stream.
     *
     * @throws NullPointerException {@code streamName must not be null}
     * @throws IllegalArgumentException {@code streamName must not be blank}
     */
    public Builder streamName(String streamName) {
      return text("streamName", streamName);
    }

    @Override
    KinesisConfig asRead() {
      return ImmutableKinesisConfig.of(
          get("region"), get("roleArn"), get("streamName"), unknownFields);
    }
  }
}
