package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Stigg's data-export model catalog, the {@code data} of {@code GET /api/v1/data-export/models}:
 * groups of models whose ids are what {@code enabledModels} takes. Pass it to {@link
 * StiggRequestOptions.Builder#checkModelsAgainst(ModelCatalog)} to have a selection checked against
 * it before the call. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.ModelCatalogReader.class)
public abstract class ModelCatalog {
  ModelCatalog() {}

  /** Immutables' input for {@code ImmutableModelCatalog} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractModelCatalog extends ModelCatalog {}

  /** A builder; the SDK reads catalogs from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The groups, in Stigg's order. */
  @JsonProperty("groups")
  @Value.Parameter
  public abstract List<ModelGroup> groups();

  /** Members of the response's {@code data} object this SDK version does not name, in order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Every model id of every group, in catalog order and without repeats: the full selection, ready
   * for {@code enabledModels}.
   */
  @Value.Lazy
  public List<String> modelIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (ModelGroup group : groups()) {
      for (ExportModel model : group.models()) {
        ids.add(model.id());
      }
    }
    return List.copyOf(ids);
  }

  /** Whether some group has a model with id {@code modelId}. */
  public boolean contains(String modelId) {
    return modelIds().contains(Checks.notNull("modelId", modelId));
  }

  /** The ids in {@code modelIds} that the catalog does not have, in their order; empty if none. */
  public List<String> unknownModels(List<String> modelIds) {
    Checks.minItems("modelIds", modelIds, 0);
    List<String> unknown = new ArrayList<>();
    for (String id : modelIds) {
      if (!contains(id)) {
        unknown.add(id);
      }
    }
    return List.copyOf(unknown);
  }

  /** Builds a {@link ModelCatalog}; without groups it is empty. Not thread-safe. */
  public static final class Builder extends ModelBuilder<Builder> {
    private List<ModelGroup> groups = List.of();

    private Builder() {}

    /** Sets the groups, in order (none may be null). */
    public Builder groups(List<ModelGroup> groups) {
      this.groups = Checks.minItems("groups", groups, 0);
      return this;
    }

    /** Builds the catalog. */
    public ModelCatalog build() {
      return ImmutableModelCatalog.of(groups, unknownFields());
    }
  }
}
