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
 * The {@code config} of a {@code snowflake-v2} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. Immutable.
 */
@JsonSerialize(as = ImmutableSnowflakeV2Config.class)
@JsonDeserialize(using = ConfigReaders.SnowflakeV2.class)
public abstract class SnowflakeV2Config {
  SnowflakeV2Config() {}

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
  public static final class Builder {
    String publicKey;
    String snowflakeHostAddress;
    final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets {@code publicKey}, the public key LaunchDarkly's Snowflake user authenticates with.
     *
     * @throws NullPointerException {@code publicKey must not be null}
     * @throws IllegalArgumentException {@code publicKey must not be blank}
     */
    public Builder publicKey(String publicKey) {
      this.publicKey = Checks.notBlank("publicKey", publicKey);
      return this;
    }

    /**
     * Sets {@code snowflakeHostAddress}, the Snowflake host address.
     *
     * @throws NullPointerException {@code snowflakeHostAddress must not be null}
     * @throws IllegalArgumentException {@code snowflakeHostAddress must not be blank}
     */
    public Builder snowflakeHostAddress(String snowflakeHostAddress) {
      this.snowflakeHostAddress = Checks.notBlank("snowflakeHostAddress", snowflakeHostAddress);
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
     *     publicKey is required}
     */
    public SnowflakeV2Config build() {
      RequiredConfig.check("publicKey", publicKey, "snowflakeHostAddress", snowflakeHostAddress);
      return asRead();
    }

    /** Builds what a response held, without the checks of a new destination's config. */
    SnowflakeV2Config asRead() {
      return ImmutableSnowflakeV2Config.of(
          Optional.ofNullable(publicKey), Optional.ofNullable(snowflakeHostAddress), unknownFields);
    }
  }
}
