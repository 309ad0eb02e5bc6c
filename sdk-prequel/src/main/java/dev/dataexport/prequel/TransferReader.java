package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@link Transfer} straight into its builder (see {@link ModelReader}). */
final class TransferReader extends ModelReader<ImmutableTransfer.Builder, Transfer> {
  private static final long serialVersionUID = 1L;

  TransferReader() {
    super(Transfer.class, 21);
    field(0, "id", String.class);
    field(1, "status", TransferStatus.class);
    field(2, "is_full_refresh", Boolean.class);
    field(3, "models", List.class, String.class);
    field(4, "log", String.class);
    field(5, "submitted_at", Instant.class);
    field(6, "start_transfer_window_at", Instant.class);
    field(7, "end_transfer_window_at", Instant.class);
    field(8, "rows_transferred", Long.class);
    field(9, "delta_rows_transferred", Long.class);
    field(10, "volume_transferred_in_mb", Double.class);
    field(11, "is_debug_mode", Boolean.class);
    field(12, "actor_id", String.class);
    field(13, "actor_type", String.class);
    field(14, "source_ids", List.class, String.class);
    field(15, "destination_id", String.class);
    field(16, "model_metrics", List.class, ModelMetric.class);
    field(17, "models_snapshot", List.class, ModelSnapshot.class);
    field(18, "started_at", Instant.class);
    field(19, "ended_at", Instant.class);
    field(20, "tags", Map.class, JsonNode.class);
  }

  @Override
  protected ImmutableTransfer.Builder newBuilder() {
    return ImmutableTransfer.builder();
  }

  @Override
  @SuppressWarnings("unchecked") // the values come from deserializers of exactly these types
  protected void set(ImmutableTransfer.Builder b, int index, Object v) {
    switch (index) {
      case 0:
        if (v == null) {
          b.id(Optional.empty());
        } else {
          b.id((String) v);
        }
        break;
      case 1:
        if (v == null) {
          b.status(Optional.empty());
        } else {
          b.status((TransferStatus) v);
        }
        break;
      case 2:
        if (v == null) {
          b.isFullRefresh(Optional.empty());
        } else {
          b.isFullRefresh((Boolean) v);
        }
        break;
      case 3:
        b.models(v == null ? List.of() : (List<String>) v);
        break;
      case 4:
        if (v == null) {
          b.log(Optional.empty());
        } else {
          b.log((String) v);
        }
        break;
      case 5:
        if (v == null) {
          b.submittedAt(Optional.empty());
        } else {
          b.submittedAt((Instant) v);
        }
        break;
      case 6:
        if (v == null) {
          b.startTransferWindowAt(Optional.empty());
        } else {
          b.startTransferWindowAt((Instant) v);
        }
        break;
      case 7:
        if (v == null) {
          b.endTransferWindowAt(Optional.empty());
        } else {
          b.endTransferWindowAt((Instant) v);
        }
        break;
      case 8:
        if (v == null) {
          b.rowsTransferred(Optional.empty());
        } else {
          b.rowsTransferred((Long) v);
        }
        break;
      case 9:
        if (v == null) {
          b.deltaRowsTransferred(Optional.empty());
        } else {
          b.deltaRowsTransferred((Long) v);
        }
        break;
      case 10:
        if (v == null) {
          b.volumeTransferredInMb(Optional.empty());
        } else {
          b.volumeTransferredInMb((Double) v);
        }
        break;
      case 11:
        if (v == null) {
          b.isDebugMode(Optional.empty());
        } else {
          b.isDebugMode((Boolean) v);
        }
        break;
      case 12:
        if (v == null) {
          b.actorId(Optional.empty());
        } else {
          b.actorId((String) v);
        }
        break;
      case 13:
        if (v == null) {
          b.actorType(Optional.empty());
        } else {
          b.actorType((String) v);
        }
        break;
      case 14:
        b.sourceIds(v == null ? List.of() : (List<String>) v);
        break;
      case 15:
        if (v == null) {
          b.destinationId(Optional.empty());
        } else {
          b.destinationId((String) v);
        }
        break;
      case 16:
        b.modelMetrics(v == null ? List.of() : (List<ModelMetric>) v);
        break;
      case 17:
        b.modelsSnapshot(v == null ? List.of() : (List<ModelSnapshot>) v);
        break;
      case 18:
        if (v == null) {
          b.startedAt(Optional.empty());
        } else {
          b.startedAt((Instant) v);
        }
        break;
      case 19:
        if (v == null) {
          b.endedAt(Optional.empty());
        } else {
          b.endedAt((Instant) v);
        }
        break;
      case 20:
        b.tags(v == null ? Map.of() : (Map<String, JsonNode>) v);
        break;
      default:
        throw new IllegalArgumentException("no field " + index);
    }
  }

  @Override
  protected void putOther(ImmutableTransfer.Builder b, String name, JsonNode value) {
    b.putOtherFields(name, value);
  }

  @Override
  protected Transfer build(ImmutableTransfer.Builder b) {
    return b.build();
  }
}
