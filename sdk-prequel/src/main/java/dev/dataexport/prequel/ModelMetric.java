package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.prequel.internal.PrequelJson;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** What a transfer did for one model ({@code model_metrics[]}). Immutable. */
@Value.Immutable
@JsonDeserialize(using = PrequelJson.ModelMetricReader.class)
public interface ModelMetric {
  /** The model id. */
  @JsonProperty("model_id")
  Optional<String> modelId();

  /** The model name. */
  @JsonProperty("model_name")
  Optional<String> modelName();

  /** Rows written. */
  @JsonProperty("rows_transferred")
  OptionalLong rowsTransferred();

  /** Changed rows written. */
  @JsonProperty("delta_rows_transferred")
  OptionalLong deltaRowsTransferred();

  /** Data written, in MB. */
  @JsonProperty("volume_transferred_in_mb")
  OptionalDouble volumeTransferredInMb();

  /** Start of the model's transfer window. */
  @JsonProperty("start_transfer_window_at")
  Optional<Instant> startTransferWindowAt();

  /** End of the model's transfer window. */
  @JsonProperty("end_transfer_window_at")
  Optional<Instant> endTransferWindowAt();

  /** The newest {@code last_updated_at} among the rows written. */
  @JsonProperty("most_recent_last_updated_at")
  Optional<Instant> mostRecentLastUpdatedAt();

  /** The model's error, when it failed. */
  @JsonProperty("error")
  Optional<ModelError> error();

  /** Fields this SDK version does not know, kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> unknownFields();

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModelMetric}; not thread-safe. */
  final class Builder extends ImmutableModelMetric.Builder {
    Builder() {}
  }
}
