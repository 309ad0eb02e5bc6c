package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggChecks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a scoped-token mint: {@code {"applicationOrigin": ..., "destinationType": ...,
 * "enabledModels": [...]}}, only what is set being sent. {@link Builder#build()} enforces Stigg's
 * schema: the origin 1..255 characters and not blank, the type, when given, at most 255, and a
 * selection, when given, of at least one model of 1..255 characters. Immutable and thread-safe.
 */
@JsonPropertyOrder({"applicationOrigin", "destinationType", "enabledModels"})
public abstract class ScopedTokenRequest {
  ScopedTokenRequest() {}

  /** Immutables' input for {@code ImmutableScopedTokenRequest} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractScopedTokenRequest extends ScopedTokenRequest {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The origin of the page that embeds Stigg's widget (for example {@code
   * https://app.example.com}).
   */
  @JsonProperty("applicationOrigin")
  @Value.Parameter
  public abstract String applicationOrigin();

  /** The warehouse type the widget offers, when limited to one. */
  @JsonProperty("destinationType")
  @Value.Parameter
  public abstract Optional<DestinationType> destinationType();

  /** The models the widget's destination gets, when not the full catalog. */
  @JsonProperty("enabledModels")
  @Value.Parameter
  public abstract Optional<List<String>> enabledModels();

  /**
   * Builds a {@link ScopedTokenRequest}: {@code applicationOrigin(...)} is required. Not
   * thread-safe.
   */
  public static final class Builder extends SelectionBuilder<Builder> {
    private String applicationOrigin;

    private Builder() {}

    /** Sets the embedding page's origin (checked by {@link #build()}). */
    public Builder applicationOrigin(String applicationOrigin) {
      this.applicationOrigin = Checks.notNull("applicationOrigin", applicationOrigin);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException {@code applicationOrigin is required}
     * @throws IllegalArgumentException when a value breaks Stigg's schema ({@code applicationOrigin
     *     must be 1..255 characters long, was 0}, {@code destinationType must be 0..255 characters
     *     long, was 256}, {@code enabledModels must have at least 1 item})
     */
    public ScopedTokenRequest build() {
      StiggChecks.text(
          "applicationOrigin", Checks.required("applicationOrigin", applicationOrigin));
      destinationType()
          .ifPresent(
              type -> Checks.length("destinationType", type.value(), 0, StiggChecks.MAX_LENGTH));
      return ImmutableScopedTokenRequest.of(applicationOrigin, destinationType(), selection());
    }
  }
}
