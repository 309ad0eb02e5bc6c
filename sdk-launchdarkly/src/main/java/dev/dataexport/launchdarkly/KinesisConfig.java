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
 * The {@code config} of a {@code kinesis} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. Immutable.
 */
@JsonSerialize(as = ImmutableKinesisConfig.class)
@JsonDeserialize(using = ConfigReaders.Kinesis.class)
public abstract class KinesisConfig {
  KinesisConfig() {}

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
  public static final class Builder {
    String region;
    String roleArn;
    String streamName;
    final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets {@code region}, the AWS region of the stream.
     *
     * @throws NullPointerException {@code region must not be null}
     * @throws IllegalArgumentException {@code region must not be blank}
     */
    public Builder region(String region) {
      this.region = Checks.notBlank("region", region);
      return this;
    }

    /**
     * Sets {@code roleArn}, the ARN of the IAM role LaunchDarkly assumes.
     *
     * @throws NullPointerException {@code roleArn must not be null}
     * @throws IllegalArgumentException {@code roleArn must not be blank}
     */
    public Builder roleArn(String roleArn) {
      this.roleArn = Checks.notBlank("roleArn", roleArn);
      return this;
    }

    /**
     * Sets {@code streamName}, the name of the Kinesis stream.
     *
     * @throws NullPointerException {@code streamName must not be null}
     * @throws IllegalArgumentException {@code streamName must not be blank}
     */
    public Builder streamName(String streamName) {
      this.streamName = Checks.notBlank("streamName", streamName);
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
     * @throws IllegalStateException naming every required member not set, for example {@code region
     *     is required}
     */
    public KinesisConfig build() {
      RequiredConfig.check("region", region, "roleArn", roleArn, "streamName", streamName);
      return asRead();
    }

    /** Builds what a response held, without the checks of a new destination's config. */
    KinesisConfig asRead() {
      return ImmutableKinesisConfig.of(
          Optional.ofNullable(region),
          Optional.ofNullable(roleArn),
          Optional.ofNullable(streamName),
          unknownFields);
    }
  }
}
