package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.util.Optional;

/** Reads a {@link ModelSnapshot} straight into its builder (see {@link ModelReader}). */
final class ModelSnapshotReader extends ModelReader<ImmutableModelSnapshot.Builder, ModelSnapshot> {
  private static final long serialVersionUID = 1L;

  ModelSnapshotReader() {
    super(ModelSnapshot.class, 3);
    field(0, "model_id", String.class);
    field(1, "model_name", String.class);
    field(2, "revision_id", String.class);
  }

  @Override
  protected ImmutableModelSnapshot.Builder newBuilder() {
    return ImmutableModelSnapshot.builder();
  }

  @Override
  protected void set(ImmutableModelSnapshot.Builder b, int index, Object v) {
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
          b.revisionId(Optional.empty());
        } else {
          b.revisionId((String) v);
        }
        break;
      default:
        throw new IllegalArgumentException("no field " + index);
    }
  }

  @Override
  protected void putOther(ImmutableModelSnapshot.Builder b, String name, JsonNode value) {
    b.putOtherFields(name, value);
  }

  @Override
  protected ModelSnapshot build(ImmutableModelSnapshot.Builder b) {
    return b.build();
  }
}
