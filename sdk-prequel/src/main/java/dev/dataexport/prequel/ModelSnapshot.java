package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.prequel.internal.PrequelJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One model as it was when a transfer ran ({@code models_snapshot[]}). Immutable. */
@Value.Immutable
@JsonDeserialize(using = PrequelJson.ModelSnapshotReader.class)
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
  Map<String, JsonNode> unknownFields();

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelSnapshot}; not thread-safe. */
  final class Builder extends ImmutableModelSnapshot.Builder {
    Builder() {}
  }
}
