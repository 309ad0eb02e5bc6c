package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.prequel.internal.FieldReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@link Transfer} straight into its builder (see {@link FieldReader}). */
final class TransferReader extends FieldReader<ImmutableTransfer.Builder, Transfer> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("unchecked") // the values come from deserializers of exactly these types
  TransferReader() {
    super(
        Transfer.class,
        ImmutableTransfer::builder,
        ImmutableTransfer.Builder::build,
        ImmutableTransfer.Builder::putOtherFields);
    field(
        "id",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.id(Optional.empty());
          } else {
            b.id((String) v);
          }
        });
    field(
        "status",
        TransferStatus.class,
        (b, v) -> {
          if (v == null) {
            b.status(Optional.empty());
          } else {
            b.status((TransferStatus) v);
          }
        });
    field(
        "is_full_refresh",
        Boolean.class,
        (b, v) -> {
          if (v == null) {
            b.isFullRefresh(Optional.empty());
          } else {
            b.isFullRefresh((Boolean) v);
          }
        });
    field(
        "models",
        types -> types.constructCollectionType(List.class, String.class),
        (b, v) -> b.models(v == null ? List.of() : (List<String>) v));
    field(
        "log",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.log(Optional.empty());
          } else {
            b.log((String) v);
          }
        });
    field(
        "submitted_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.submittedAt(Optional.empty());
          } else {
            b.submittedAt((Instant) v);
          }
        });
    field(
        "start_transfer_window_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.startTransferWindowAt(Optional.empty());
          } else {
            b.startTransferWindowAt((Instant) v);
          }
        });
    field(
        "end_transfer_window_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.endTransferWindowAt(Optional.empty());
          } else {
            b.endTransferWindowAt((Instant) v);
          }
        });
    field(
        "rows_transferred",
        Long.class,
        (b, v) -> {
          if (v == null) {
            b.rowsTransferred(Optional.empty());
          } else {
            b.rowsTransferred((Long) v);
          }
        });
    field(
        "delta_rows_transferred",
        Long.class,
        (b, v) -> {
          if (v == null) {
            b.deltaRowsTransferred(Optional.empty());
          } else {
            b.deltaRowsTransferred((Long) v);
          }
        });
    field(
        "volume_transferred_in_mb",
        Double.class,
        (b, v) -> {
          if (v == null) {
            b.volumeTransferredInMb(Optional.empty());
          } else {
            b.volumeTransferredInMb((Double) v);
          }
        });
    field(
        "is_debug_mode",
        Boolean.class,
        (b, v) -> {
          if (v == null) {
            b.isDebugMode(Optional.empty());
          } else {
            b.isDebugMode((Boolean) v);
          }
        });
    field(
        "actor_id",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.actorId(Optional.empty());
          } else {
            b.actorId((String) v);
          }
        });
    field(
        "actor_type",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.actorType(Optional.empty());
          } else {
            b.actorType((String) v);
          }
        });
    field(
        "source_ids",
        types -> types.constructCollectionType(List.class, String.class),
        (b, v) -> b.sourceIds(v == null ? List.of() : (List<String>) v));
    field(
        "destination_id",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.destinationId(Optional.empty());
          } else {
            b.destinationId((String) v);
          }
        });
    field(
        "model_metrics",
        types -> types.constructCollectionType(List.class, ModelMetric.class),
        (b, v) -> b.modelMetrics(v == null ? List.of() : (List<ModelMetric>) v));
    field(
        "models_snapshot",
        types -> types.constructCollectionType(List.class, ModelSnapshot.class),
        (b, v) -> b.modelsSnapshot(v == null ? List.of() : (List<ModelSnapshot>) v));
    field(
        "started_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.startedAt(Optional.empty());
          } else {
            b.startedAt((Instant) v);
          }
        });
    field(
        "ended_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.endedAt(Optional.empty());
          } else {
            b.endedAt((Instant) v);
          }
        });
    field(
        "tags",
        types -> types.constructMapType(Map.class, String.class, JsonNode.class),
        (b, v) -> b.tags(v == null ? Map.of() : (Map<String, JsonNode>) v));
  }
}
