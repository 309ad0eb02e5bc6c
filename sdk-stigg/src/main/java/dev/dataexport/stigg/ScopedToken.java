package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A token for Stigg's embeddable data-export widget, the {@code data} of {@code POST
 * /api/v1/data-export/scoped-token}. The token is a credential: it is a {@link Secret}, masked in
 * {@code toString()}; hand {@code token().reveal()} to the widget only. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.ScopedTokenReader.class)
public abstract class ScopedToken {
  ScopedToken() {}

  /** Immutables' input for {@code ImmutableScopedToken} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractScopedToken extends ScopedToken {}

  /** A builder; the SDK reads tokens from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token, masked when printed. */
  @JsonProperty("token")
  @Value.Parameter
  public abstract Secret token();

  /** When the token stops working. */
  @JsonProperty("expiresAt")
  @Value.Parameter
  public abstract Instant expiresAt();

  /**
   * What Stigg's export provider adds for its widget (ids, URLs), kept as sent; empty when absent.
   */
  @JsonProperty("providerMetadata")
  @Value.Parameter
  public abstract Map<String, JsonNode> providerMetadata();

  /** Whether the token has expired at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return !Checks.notNull("now", now).isBefore(expiresAt());
  }

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Builds a {@link ScopedToken}: {@code token} and {@code expiresAt} are required. Not
   * thread-safe.
   */
  public static final class Builder extends ModelBuilder<Builder> {
    private Secret token;
    private Instant expiresAt;
    private final Map<String, JsonNode> providerMetadata = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the token. */
    public Builder token(Secret token) {
      this.token = Checks.notNull("token", token);
      return this;
    }

    /** Sets when the token expires. */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Checks.notNull("expiresAt", expiresAt);
      return this;
    }

    /** Replaces the provider metadata (no value may be null; JSON null is a null node). */
    public Builder providerMetadata(Map<String, JsonNode> providerMetadata) {
      Checks.notNull("providerMetadata", providerMetadata);
      this.providerMetadata.clear();
      providerMetadata.forEach(
          (name, value) ->
              this.providerMetadata.put(
                  Checks.notNull("providerMetadata key", name),
                  Checks.notNull("providerMetadata." + name, value)));
      return this;
    }

    /**
     * Builds the token.
     *
     * @throws IllegalStateException {@code token is required} or {@code expiresAt is required}
     */
    public ScopedToken build() {
      return ImmutableScopedToken.of(
          Checks.required("token", token),
          Checks.required("expiresAt", expiresAt),
          providerMetadata,
          unknownFields());
    }
  }
}
