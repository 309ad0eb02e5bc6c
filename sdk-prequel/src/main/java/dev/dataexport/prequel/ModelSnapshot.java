package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.prequel.internal.PrequelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One model as it was when a transfer ran ({@code models_snapshot[]}). Immutable. */
@Value.Immutable
@PrequelStyle
@JsonDeserialize(using = ModelSnapshotReader.class)
public interface ModelSnapshot {
  /** The model id. */
  @JsonProperty("model_id")
  Optional<String> modelId();

  /** The model name. */
  @JsonProperty("model_name")
  Optional<String> modelName();

  /** The model revision used. */
  @JsonProperty("revision_id")
  Optional<String> revisionId();

  /** Fields this SDK version does not know, kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> otherFields();
}
