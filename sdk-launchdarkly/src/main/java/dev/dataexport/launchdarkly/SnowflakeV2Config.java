package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code config} of a {@code snowflake-v2} destination, read from a response. Immutable. */
@Value.Immutable
@JsonSerialize(as = ImmutableSnowflakeV2Config.class)
@JsonDeserialize(using = ConfigReaders.SnowflakeV2.class)
public abstract class SnowflakeV2Config {
  SnowflakeV2Config() {}

  /** The public key LaunchDarkly's Snowflake user authenticates with. */
  public abstract Optional<String> publicKey();

  /** The Snowflake host address, for example {@code account.snowflakecomputing.com}. */
  public abstract Optional<String> snowflakeHostAddress();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
