package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code config} of a {@code kinesis} destination, read from a response. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableKinesisConfig.class)
@JsonDeserialize(using = ConfigReaders.Kinesis.class)
public abstract class KinesisConfig {
  KinesisConfig() {}

  /** The AWS region of the stream, for example {@code us-east-1}. */
  public abstract Optional<String> region();

  /** The ARN of the IAM role LaunchDarkly assumes to write to the stream. */
  public abstract Optional<String> roleArn();

  /** The name of the Kinesis stream. */
  public abstract Optional<String> streamName();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
