package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.stigg.internal.StiggJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One model of Stigg's data-export catalog: the id that {@code enabledModels} takes and its display
 * name. Fields Stigg adds later are kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.ExportModelReader.class)
public abstract class ExportModel {
  ExportModel() {}

  /** Immutables' input for {@code ImmutableExportModel} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractExportModel extends ExportModel {}

  /** A builder; the SDK reads models from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model's wire id, what {@code enabledModels} takes (for example {@code customers}). */
  @JsonProperty("id")
  @Value.Parameter
  public abstract String id();

  /**
   * The name to show people, when Stigg sends one (it documents one for every model; a missing one
   * is read as empty rather than failing the whole catalog).
   */
  @JsonProperty("displayName")
  @Value.Parameter
  public abstract Optional<String> displayName();

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /** Builds an {@link ExportModel}: {@code id} is required. Not thread-safe. */
  public static final class Builder extends CatalogEntryBuilder<Builder> {

    private Builder() {}

    /**
     * Builds the model.
     *
     * @throws IllegalStateException {@code id is required}
     */
    public ExportModel build() {
      return ImmutableExportModel.of(requiredId(), displayName(), unknownFields());
    }
  }
}
