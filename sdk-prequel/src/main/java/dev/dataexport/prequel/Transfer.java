package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.prequel.internal.PrequelJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A transfer of a destination ({@code last_completed_transfer}). Missing fields are empty.
 * Immutable.
 */
@Value.Immutable
@JsonDeserialize(using = PrequelJson.TransferReader.class)
public interface Transfer {
  /** The transfer id. */
  @JsonProperty("id")
  Optional<String> id();

  /** The status (open enum). */
  @JsonProperty("status")
  Optional<TransferStatus> status();

  /** Whether it was a full refresh. */
  @JsonProperty("is_full_refresh")
  Optional<Boolean> isFullRefresh();

  /** The models transferred. */
  @JsonProperty("models")
  List<String> models();

  /** The transfer log. */
  @JsonProperty("log")
  Optional<String> log();

  /** When it was submitted. */
  @JsonProperty("submitted_at")
  Optional<Instant> submittedAt();

  /** Start of the transfer window. */
  @JsonProperty("start_transfer_window_at")
  Optional<Instant> startTransferWindowAt();

  /** End of the transfer window. */
  @JsonProperty("end_transfer_window_at")
  Optional<Instant> endTransferWindowAt();

  /** Rows written. */
  @JsonProperty("rows_transferred")
  OptionalLong rowsTransferred();

  /** Changed rows written. */
  @JsonProperty("delta_rows_transferred")
  OptionalLong deltaRowsTransferred();

  /** Data written, in MB. */
  @JsonProperty("volume_transferred_in_mb")
  OptionalDouble volumeTransferredInMb();

  /** Whether it ran in debug mode. */
  @JsonProperty("is_debug_mode")
  Optional<Boolean> isDebugMode();

  /** Who started it. */
  @JsonProperty("actor_id")
  Optional<String> actorId();

  /** What kind of actor started it. */
  @JsonProperty("actor_type")
  Optional<String> actorType();

  /** The sources read. */
  @JsonProperty("source_ids")
  List<String> sourceIds();

  /** The destination written. */
  @JsonProperty("destination_id")
  Optional<String> destinationId();

  /** Per-model results. */
  @JsonProperty("model_metrics")
  List<ModelMetric> modelMetrics();

  /** The models as they were when it ran. */
  @JsonProperty("models_snapshot")
  List<ModelSnapshot> modelsSnapshot();

  /** When it started. */
  @JsonProperty("started_at")
  Optional<Instant> startedAt();

  /** When it ended. */
  @JsonProperty("ended_at")
  Optional<Instant> endedAt();

  /** Its tags, as received. */
  @JsonProperty("tags")
  Map<String, JsonNode> tags();

  /** Fields this SDK version does not know, kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> unknownFields();

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Transfer}; not thread-safe. */
  final class Builder extends ImmutableTransfer.Builder {
    Builder() {}
  }
}
