package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code config} of a {@code snowflake-v2} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. Immutable.
 */
@JsonSerialize(as = ImmutableSnowflakeV2Config.class)
@JsonDeserialize(using = ConfigReaders.SnowflakeV2.class)
public abstract class SnowflakeV2Config {
  SnowflakeV2Config() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of()
          .required("publicKey", String.class)
          .required("snowflakeHostAddress", String.class);

  /**
   * Immutables' input for {@code ImmutableSnowflakeV2Config}, kept off the public type's
   * annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractSnowflakeV2Config extends SnowflakeV2Config {}

  /** The public key LaunchDarkly's Snowflake user authenticates with. */
  @Value.Parameter
  public abstract Optional<String> publicKey();

  /** The Snowflake host address, for example {@code account.snowflakecomputing.com}. */
  @Value.Parameter
  public abstract Optional<String> snowflakeHostAddress();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code snowflake-v2} destination, for {@link
   * NewDestination.Builder#config(SnowflakeV2Config)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SnowflakeV2Config}: {@code publicKey}, {@code snowflakeHostAddress} are
   * required. Each value is checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, SnowflakeV2Config> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code publicKey}, the public key LaunchDarkly's Snowflake user authenticates with.
     *
     * @throws NullPointerException {@code publicKey must not be null}
     * @throws IllegalArgumentException {@code publicKey must not be blank}
     */
    public Builder publicKey(String publicKey) {
      return text("publicKey", publicKey);
    }

    /**
     * Sets {@code snowflakeHostAddress}, the Snowflake host address.
     *
     * @throws NullPointerException {@code snowflakeHostAddress must not be null}
     * @throws IllegalArgumentException {@code snowflakeHostAddress must not be blank}
     */
    public Builder snowflakeHostAddress(String snowflakeHostAddress) {
      return text("snowflakeHostAddress", snowflakeHostAddress);
    }

    @Override
    SnowflakeV2Config asRead() {
      return ImmutableSnowflakeV2Config.of(
          get("publicKey"), get("snowflakeHostAddress"), unknownFields);
    }
  }
}
