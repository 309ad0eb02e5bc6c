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
 * The {@code config} of an {@code mparticle} destination, read from a response or, from {@link
 * #builder()}, sent to create a destination. The API returns {@code apiKey} and {@code secret}
 * obfuscated; they are {@link Secret}s here so they never print. Immutable.
 */
@JsonSerialize(as = ImmutableMParticleConfig.class)
@JsonDeserialize(using = ConfigReaders.MParticle.class)
public abstract class MParticleConfig {
  MParticleConfig() {}

  /** The members, in the order of the parameters below. */
  static final ConfigFields FIELDS =
      ConfigFields.of()
          .required("apiKey", Secret.class)
          .required("secret", Secret.class)
          .required("userIdentity", String.class)
          .optional("anonymousUserIdentity", String.class)
          .required("environment", String.class)
          .optional("userIdentities", JsonNode.class);

  /**
   * Immutables' input for {@code ImmutableMParticleConfig}, kept off the public type's annotations.
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractMParticleConfig extends MParticleConfig {}

  /** The mParticle API key (obfuscated by the API). */
  @Value.Parameter
  public abstract Optional<Secret> apiKey();

  /** The mParticle API secret (obfuscated by the API). */
  @Value.Parameter
  public abstract Optional<Secret> secret();

  /** The mParticle user identity that context keys map to, for example {@code customer_id}. */
  @Value.Parameter
  public abstract Optional<String> userIdentity();

  /** The mParticle identity used for anonymous contexts. */
  @Value.Parameter
  public abstract Optional<String> anonymousUserIdentity();

  /** The mParticle environment, for example {@code production}. */
  @Value.Parameter
  public abstract Optional<String> environment();

  /** The mapping of context kinds to mParticle identities, as received. */
  @Value.Parameter
  public abstract Optional<JsonNode> userIdentities();

  /** Members this SDK version does not know, kept as received. */
  @Value.Parameter
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * A builder of the config of a new {@code mparticle} destination, for {@link
   * NewDestination.Builder#config(MParticleConfig)}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MParticleConfig}: {@code apiKey}, {@code secret}, {@code userIdentity}, {@code
   * environment} are required, {@code anonymousUserIdentity}, {@code userIdentities} optional. Each
   * value is checked when set. Not thread-safe.
   */
  public static final class Builder extends ConfigBuilder<Builder, MParticleConfig> {
    Builder() {
      super(FIELDS);
    }

    /**
     * Sets {@code apiKey}, the mParticle API key; a {@link Secret}, revealed only on the wire.
     *
     * @throws NullPointerException {@code apiKey must not be null}
     */
    public Builder apiKey(Secret apiKey) {
      return secret("apiKey", apiKey);
    }

    /**
     * Sets {@code secret}, the mParticle API secret; a {@link Secret}, revealed only on the wire.
     *
     * @throws NullPointerException {@code secret must not be null}
     */
    public Builder secret(Secret secret) {
      return secret("secret", secret);
    }

    /**
     * Sets {@code userIdentity}, the mParticle user identity that context keys map to.
     *
     * @throws NullPointerException {@code userIdentity must not be null}
     * @throws IllegalArgumentException {@code userIdentity must not be blank}
     */
    public Builder userIdentity(String userIdentity) {
      return text("userIdentity", userIdentity);
    }

    /**
     * Sets {@code anonymousUserIdentity}, the identity used for anonymous contexts.
     *
     * @throws NullPointerException {@code anonymousUserIdentity must not be null}
     * @throws IllegalArgumentException {@code anonymousUserIdentity must not be blank}
     */
    public Builder anonymousUserIdentity(String anonymousUserIdentity) {
      return text("anonymousUserIdentity", anonymousUserIdentity);
    }

    /**
     * Sets {@code environment}, the mParticle environment, for example production.
     *
     * @throws NullPointerException {@code environment must not be null}
     * @throws IllegalArgumentException {@code environment must not be blank}
     */
    public Builder environment(String environment) {
      return text("environment", environment);
    }

    /**
     * Sets {@code userIdentities}, the mapping of context kinds to mParticle identities, as JSON (a
     * copy is kept).
     *
     * @throws NullPointerException {@code userIdentities must not be null}
     */
    public Builder userIdentities(JsonNode userIdentities) {
      return json("userIdentities", userIdentities);
    }

    @Override
    MParticleConfig asRead() {
      return ImmutableMParticleConfig.of(
          get("apiKey"),
          get("secret"),
          get("userIdentity"),
          get("anonymousUserIdentity"),
          get("environment"),
          get("userIdentities"),
          unknownFields);
    }
  }
}
