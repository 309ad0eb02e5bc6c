package dev.dataexport.prequel;

import dev.dataexport.prequel.internal.FieldReader;
import java.util.Optional;

/** Reads a {@link ModelSnapshot} straight into its builder (see {@link FieldReader}). */
final class ModelSnapshotReader extends FieldReader<ImmutableModelSnapshot.Builder, ModelSnapshot> {
  private static final long serialVersionUID = 1L;

  ModelSnapshotReader() {
    super(
        ModelSnapshot.class,
        ImmutableModelSnapshot::builder,
        ImmutableModelSnapshot.Builder::build,
        ImmutableModelSnapshot.Builder::putOtherFields);
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
        "revision_id",
        String.class,
        (b, v) -> {
          if (v == null) {
            b.revisionId(Optional.empty());
          } else {
            b.revisionId((String) v);
          }
        });
  }
}
