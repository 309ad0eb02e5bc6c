package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.time.Instant;
import java.util.Optional;

/** Reads a {@link ModelMetric} straight into its builder (see {@link ModelReader}). */
final class ModelMetricReader extends ModelReader<ImmutableModelMetric.Builder, ModelMetric> {
  private static final long serialVersionUID = 1L;

  ModelMetricReader() {
    super(ModelMetric.class, 9);
    field(0, "model_id", String.class);
    field(1, "model_name", String.class);
    field(2, "rows_transferred", Long.class);
    field(3, "delta_rows_transferred", Long.class);
    field(4, "volume_transferred_in_mb", Double.class);
    field(5, "start_transfer_window_at", Instant.class);
    field(6, "end_transfer_window_at", Instant.class);
    field(7, "most_recent_last_updated_at", Instant.class);
    field(8, "error", ModelError.class);
  }

  @Override
  protected ImmutableModelMetric.Builder newBuilder() {
    return ImmutableModelMetric.builder();
  }

  @Override
  protected void set(ImmutableModelMetric.Builder b, int index, Object v) {
    switch (index) {
      case 0:
        if (v == null) {
          b.modelId(Optional.empty());
        } else {
          b.modelId((String) v);
        }
        break;
      case 1:
        if (v == null) {
          b.modelName(Optional.empty());
        } else {
          b.modelName((String) v);
        }
        break;
      case 2:
        if (v == null) {
          b.rowsTransferred(Optional.empty());
        } else {
          b.rowsTransferred((Long) v);
        }
        break;
      case 3:
        if (v == null) {
          b.deltaRowsTransferred(Optional.empty());
        } else {
          b.deltaRowsTransferred((Long) v);
        }
        break;
      case 4:
        if (v == null) {
          b.volumeTransferredInMb(Optional.empty());
        } else {
          b.volumeTransferredInMb((Double) v);
        }
        break;
      case 5:
        if (v == null) {
          b.startTransferWindowAt(Optional.empty());
        } else {
          b.startTransferWindowAt((Instant) v);
        }
        break;
      case 6:
        if (v == null) {
          b.endTransferWindowAt(Optional.empty());
        } else {
          b.endTransferWindowAt((Instant) v);
        }
        break;
      case 7:
        if (v == null) {
          b.mostRecentLastUpdatedAt(Optional.empty());
        } else {
          b.mostRecentLastUpdatedAt((Instant) v);
        }
        break;
      case 8:
        if (v == null) {
          b.error(Optional.empty());
        } else {
          b.error((ModelError) v);
        }
        break;
      default:
        throw new IllegalArgumentException("no field " + index);
    }
  }

  @Override
  protected void putOther(ImmutableModelMetric.Builder b, String name, JsonNode value) {
    b.putOtherFields(name, value);
  }

  @Override
  protected ModelMetric build(ImmutableModelMetric.Builder b) {
    return b.build();
  }
}
