package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;
import java.util.LinkedHashMap;
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
  public static final class Builder {
    Secret apiKey;
    Secret secret;
    String userIdentity;
    String anonymousUserIdentity;
    String environment;
    JsonNode userIdentities;
    final Map<String, JsonNode> unknownFields = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets {@code apiKey}, the mParticle API key; a {@link Secret}, revealed only on the wire.
     *
     * @throws NullPointerException {@code apiKey must not be null}
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = Checks.notNull("apiKey", apiKey);
      return this;
    }

    /**
     * Sets {@code secret}, the mParticle API secret; a {@link Secret}, revealed only on the wire.
     *
     * @throws NullPointerException {@code secret must not be null}
     */
    public Builder secret(Secret secret) {
      this.secret = Checks.notNull("secret", secret);
      return this;
    }

    /**
     * Sets {@code userIdentity}, the mParticle user identity that context keys map to.
     *
     * @throws NullPointerException {@code userIdentity must not be null}
     * @throws IllegalArgumentException {@code userIdentity must not be blank}
     */
    public Builder userIdentity(String userIdentity) {
      this.userIdentity = Checks.notBlank("userIdentity", userIdentity);
      return this;
    }

    /**
     * Sets {@code anonymousUserIdentity}, the identity used for anonymous contexts.
     *
     * @throws NullPointerException {@code anonymousUserIdentity must not be null}
     * @throws IllegalArgumentException {@code anonymousUserIdentity must not be blank}
     */
    public Builder anonymousUserIdentity(String anonymousUserIdentity) {
      this.anonymousUserIdentity = Checks.notBlank("anonymousUserIdentity", anonymousUserIdentity);
      return this;
    }

    /**
     * Sets {@code environment}, the mParticle environment, for example production.
     *
     * @throws NullPointerException {@code environment must not be null}
     * @throws IllegalArgumentException {@code environment must not be blank}
     */
    public Builder environment(String environment) {
      this.environment = Checks.notBlank("environment", environment);
      return this;
    }

    /**
     * Sets {@code userIdentities}, the mapping of context kinds to mParticle identities, as JSON (a
     * copy is kept).
     *
     * @throws NullPointerException {@code userIdentities must not be null}
     */
    public Builder userIdentities(JsonNode userIdentities) {
      this.userIdentities = Checks.notNull("userIdentities", userIdentities).deepCopy();
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
     * @throws IllegalStateException naming every required member not set, for example {@code apiKey
     *     is required}
     */
    public MParticleConfig build() {
      RequiredConfig.check(
          "apiKey",
          apiKey,
          "secret",
          secret,
          "userIdentity",
          userIdentity,
          "environment",
          environment);
      return asRead();
    }

    /** Builds what a response held, without the checks of a new destination's config. */
    MParticleConfig asRead() {
      return ImmutableMParticleConfig.of(
          Optional.ofNullable(apiKey),
          Optional.ofNullable(secret),
          Optional.ofNullable(userIdentity),
          Optional.ofNullable(anonymousUserIdentity),
          Optional.ofNullable(environment),
          Optional.ofNullable(userIdentities),
          unknownFields);
    }
  }
}
