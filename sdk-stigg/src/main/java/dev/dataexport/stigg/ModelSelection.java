package dev.dataexport.stigg;

import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional model selection a request builder collects: none (the full catalog) until a model is
 * added, then the exact selection, checked on {@link #build()} like the update's. Not thread-safe.
 */
final class ModelSelection {
  private List<String> models;

  /** Adds models, in order (each checked by {@link #build()}). */
  void addAll(Iterable<String> more) {
    Checks.notNull("enabledModels", more);
    if (models == null) {
      models = new ArrayList<>();
    }
    more.forEach(models::add);
  }

  /** Back to no selection. */
  void clear() {
    models = null;
  }

  /**
   * The selection, or empty when none was added.
   *
   * @throws IllegalArgumentException {@code enabledModels must have at least 1 item}, {@code
   *     enabledModels[1] must be 1..255 characters long, was 0}
   */
  Optional<List<String>> build() {
    return Optional.ofNullable(models).map(list -> List.copyOf(StiggChecks.models(list)));
  }
}
