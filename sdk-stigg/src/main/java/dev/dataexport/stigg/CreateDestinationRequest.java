package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggChecks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a destination create: {@code {"destinationId": ..., "destinationType": ...,
 * "enabledModels": [...]}}, where a request without models ({@link #enabledModels()} empty) sends
 * no {@code enabledModels} and so selects the full catalog, models added later included. {@link
 * Builder#build()} enforces Stigg's schema: the id and the type 1..255 characters and not blank,
 * and a selection, when given, of at least one model of 1..255 characters. Immutable and
 * thread-safe.
 */
@JsonPropertyOrder({"destinationId", "destinationType", "enabledModels"})
public abstract class CreateDestinationRequest {
  CreateDestinationRequest() {}

  /**
   * Immutables' input for {@code ImmutableCreateDestinationRequest} (see {@code
   * package-info.java}).
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractCreateDestinationRequest extends CreateDestinationRequest {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The provider destination id; Stigg's create is idempotent on it (a second create of the same id
   * changes nothing and returns the list).
   */
  @JsonProperty("destinationId")
  @Value.Parameter
  public abstract String destinationId();

  /** The warehouse type, for example {@link DestinationType#SNOWFLAKE}. */
  @JsonProperty("destinationType")
  @Value.Parameter
  public abstract DestinationType destinationType();

  /** The exact selection, or empty for the full catalog (then not sent). */
  @JsonProperty("enabledModels")
  @Value.Parameter
  public abstract Optional<List<String>> enabledModels();

  /**
   * Builds a {@link CreateDestinationRequest}: {@code destinationId(...)} and {@code
   * destinationType(...)} are required; without models the destination gets the full catalog. Not
   * thread-safe.
   */
  public static final class Builder extends SelectionBuilder<Builder> {
    private String destinationId;

    private Builder() {}

    /** Sets the provider destination id (checked by {@link #build()}). */
    public Builder destinationId(String destinationId) {
      this.destinationId = Checks.notNull("destinationId", destinationId);
      return this;
    }

    /** Asks for the full catalog again: drops the models added so far (the default). */
    public Builder fullCatalog() {
      clearSelection();
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException {@code destinationId is required} (and likewise for {@code
     *     destinationType})
     * @throws IllegalArgumentException when a value breaks Stigg's schema ({@code destinationId
     *     must be 1..255 characters long, was 0}, {@code enabledModels must have at least 1 item})
     * @throws NullPointerException {@code enabledModels[1] must not be null}
     */
    public CreateDestinationRequest build() {
      StiggChecks.text("destinationId", Checks.required("destinationId", destinationId));
      DestinationType type = Checks.required("destinationType", destinationType().orElse(null));
      StiggChecks.text("destinationType", type.value());
      return ImmutableCreateDestinationRequest.of(destinationId, type, selection());
    }
  }
}
