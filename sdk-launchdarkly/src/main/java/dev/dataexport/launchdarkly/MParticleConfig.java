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
 * The {@code config} of an {@code mparticle} destination, read from a response. The API returns
 * {@code apiKey} and {@code secret} obfuscated; they are {@link Secret}s here so they never print.
 * Immutable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMParticleConfig.class)
@JsonDeserialize(using = ConfigReaders.MParticle.class)
public abstract class MParticleConfig {
  MParticleConfig() {}

  /** The mParticle API key (obfuscated by the API). */
  public abstract Optional<Secret> apiKey();

  /** The mParticle API secret (obfuscated by the API). */
  public abstract Optional<Secret> secret();

  /** The mParticle user identity that context keys map to, for example {@code customer_id}. */
  public abstract Optional<String> userIdentity();

  /** The mParticle identity used for anonymous contexts. */
  public abstract Optional<String> anonymousUserIdentity();

  /** The mParticle environment, for example {@code production}. */
  public abstract Optional<String> environment();

  /** The mapping of context kinds to mParticle identities, as received. */
  public abstract Optional<JsonNode> userIdentities();

  /** Members this SDK version does not know, kept as received. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> unknownFields();
}
