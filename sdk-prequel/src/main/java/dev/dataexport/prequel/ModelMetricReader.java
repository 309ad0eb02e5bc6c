package dev.dataexport.prequel;

import dev.dataexport.prequel.internal.FieldReader;
import java.time.Instant;
import java.util.Optional;

/** Reads a {@link ModelMetric} straight into its builder (see {@link FieldReader}). */
final class ModelMetricReader extends FieldReader<ImmutableModelMetric.Builder, ModelMetric> {
  private static final long serialVersionUID = 1L;

  ModelMetricReader() {
    super(
        ModelMetric.class,
        ImmutableModelMetric::builder,
        ImmutableModelMetric.Builder::build,
        ImmutableModelMetric.Builder::putOtherFields);
    field(
        "model_id",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.modelId(Optional.empty());
          } else {
            b.modelId((String) v);
          }
        });
    field(
        "model_name",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.modelName(Optional.empty());
          } else {
            b.modelName((String) v);
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
        "most_recent_last_updated_at",
        Instant.class,
        (b, v) -> {
          if (v == null) {
            b.mostRecentLastUpdatedAt(Optional.empty());
          } else {
            b.mostRecentLastUpdatedAt((Instant) v);
          }
        });
    field(
        "error",
        ModelError.class,
        (b, v) -> {
          if (v == null) {
            b.error(Optional.empty());
          } else {
            b.error((ModelError) v);
          }
        });
  }
}
