package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of Stigg's data-export catalog (billing, usage, ...) and its models, in Stigg's order.
 * Fields Stigg adds later are kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.ModelGroupReader.class)
public abstract class ModelGroup {
  ModelGroup() {}

  /** Immutables' input for {@code ImmutableModelGroup} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractModelGroup extends ModelGroup {}

  /** A builder; the SDK reads groups from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The group's id. */
  @JsonProperty("id")
  @Value.Parameter
  public abstract String id();

  /** The name to show people, when Stigg sends one. */
  @JsonProperty("displayName")
  @Value.Parameter
  public abstract Optional<String> displayName();

  /** The group's models, in Stigg's order (empty when Stigg sends none). */
  @JsonProperty("models")
  @Value.Parameter
  public abstract List<ExportModel> models();

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /** Builds a {@link ModelGroup}: {@code id} is required. Not thread-safe. */
  public static final class Builder extends CatalogEntryBuilder<Builder> {
    private List<ExportModel> models = List.of();

    private Builder() {}

    /** Sets the models, in order (none may be null). */
    public Builder models(List<ExportModel> models) {
      this.models = Checks.minItems("models", models, 0);
      return this;
    }

    /**
     * Builds the group.
     *
     * @throws IllegalStateException {@code id is required}
     */
    public ModelGroup build() {
      return ImmutableModelGroup.of(requiredId(), displayName(), models, unknownFields());
    }
  }
}
