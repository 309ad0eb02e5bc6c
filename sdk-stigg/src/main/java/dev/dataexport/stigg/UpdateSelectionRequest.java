package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of a selection update: {@code {"integrationId": ..., "enabledModels": [...]}}, nothing
 * else. The models replace the destination's whole selection. {@link Builder#build()} enforces
 * Stigg's schema: the integration id and every model 1..255 characters and not blank, at least one
 * model, no null model. Immutable and thread-safe.
 */
@JsonPropertyOrder({"integrationId", "enabledModels"})
public abstract class UpdateSelectionRequest {
  UpdateSelectionRequest() {}

  /**
   * Immutables' input for {@code ImmutableUpdateSelectionRequest} (see {@code package-info.java}).
   */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractUpdateSelectionRequest extends UpdateSelectionRequest {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The integration (the DATA_EXPORT integration row) that hosts the destination. */
  @JsonProperty("integrationId")
  @Value.Parameter
  public abstract String integrationId();

  /** The wire identifiers of the models to export, in order; they replace the current selection. */
  @JsonProperty("enabledModels")
  @Value.Parameter
  public abstract List<String> enabledModels();

  /**
   * Builds an {@link UpdateSelectionRequest}: {@code integrationId(...)} and at least one model are
   * required. Not thread-safe.
   */
  public static final class Builder {
    private String integrationId;
    private final List<String> enabledModels = new ArrayList<>();

    private Builder() {}

    /** Sets the integration that hosts the destination (checked by {@link #build()}). */
    public Builder integrationId(String integrationId) {
      this.integrationId = Checks.notNull("integrationId", integrationId);
      return this;
    }

    /** Adds models to the selection, in order (each checked by {@link #build()}). */
    public Builder addEnabledModels(String... models) {
      enabledModels.addAll(Arrays.asList(Checks.notNull("enabledModels", models)));
      return this;
    }

    /** Adds models to the selection, in order. */
    public Builder addAllEnabledModels(Iterable<String> models) {
      Checks.notNull("enabledModels", models).forEach(enabledModels::add);
      return this;
    }

    /** Replaces the models added so far. */
    public Builder enabledModels(Iterable<String> models) {
      Checks.notNull("enabledModels", models);
      enabledModels.clear();
      return addAllEnabledModels(models);
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException {@code integrationId is required}
     * @throws IllegalArgumentException when a value breaks Stigg's schema ({@code enabledModels
     *     must have at least 1 item}, {@code enabledModels[2] must be 1..255 characters long, was
     *     0}, {@code integrationId must not be blank})
     * @throws NullPointerException {@code enabledModels[1] must not be null}
     */
    public UpdateSelectionRequest build() {
      return ImmutableUpdateSelectionRequest.of(
          StiggChecks.text("integrationId", Checks.required("integrationId", integrationId)),
          StiggChecks.models(enabledModels));
    }
  }
}
