package dev.dataexport.stigg;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of a selection update: {@code {"integrationId": ..., "enabledModels": [...]}}, nothing
 * else. The models replace the destination's whole selection. {@link Builder#build()} enforces
 * Stigg's schema: the integration id and every model 1..255 characters, at least one model, no null
 * element. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateSelectionRequest.class)
public abstract class UpdateSelectionRequest {
  UpdateSelectionRequest() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The integration (the DATA_EXPORT integration row) that hosts the destination. */
  public abstract String integrationId();

  /** The wire identifiers of the models to export, in order; they replace the current selection. */
  @AllowNulls
  public abstract List<String> enabledModels();

  @Value.Check
  void check() {
    Checks.length("integrationId", integrationId());
    List<String> models = enabledModels();
    if (models.isEmpty()) {
      throw new IllegalArgumentException(
          "enabledModels must have at least 1 item (Stigg has no way to select nothing; the selection is replaced)");
    }
    for (int i = 0; i < models.size(); i++) {
      Checks.length("enabledModels", i, models.get(i));
    }
  }

  /**
   * Builds an {@link UpdateSelectionRequest}: {@code integrationId(...)} and at least one model are
   * required. Not thread-safe.
   */
  public static final class Builder extends ImmutableUpdateSelectionRequest.Builder {
    Builder() {}
  }
}
