package dev.dataexport.stigg;

import dev.dataexport.core.spi.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the builders of the requests that name a warehouse type and an optional model selection
 * ({@link CreateDestinationRequest}, {@link ScopedTokenRequest}) share. Not thread-safe.
 *
 * @param <B> the request's builder
 */
abstract class SelectionBuilder<B extends SelectionBuilder<B>> {
  private DestinationType destinationType;
  private final ModelSelection enabledModels = new ModelSelection();

  SelectionBuilder() {}

  /**
   * Sets the warehouse type ({@code DestinationType.of("redshift")} for one not named here): the
   * type of the destination a create makes, or the one type a scoped token's widget offers.
   */
  public final B destinationType(DestinationType destinationType) {
    this.destinationType = Checks.notNull("destinationType", destinationType);
    return self();
  }

  /** Adds models to the selection, in order (each checked by {@code build()}). */
  public final B addEnabledModels(String... models) {
    return addAllEnabledModels(Arrays.asList(Checks.notNull("enabledModels", models)));
  }

  /** Adds models to the selection, in order. */
  public final B addAllEnabledModels(Iterable<String> models) {
    enabledModels.addAll(models);
    return self();
  }

  /** The type, if set. */
  final Optional<DestinationType> destinationType() {
    return Optional.ofNullable(destinationType);
  }

  /** Back to no selection: the full catalog. */
  final void clearSelection() {
    enabledModels.clear();
  }

  /**
   * The selection, or empty when none was added.
   *
   * @throws IllegalArgumentException {@code enabledModels must have at least 1 item}, {@code
   *     enabledModels[1] must be 1..255 characters long, was 0}
   */
  final Optional<List<String>> selection() {
    return enabledModels.build();
  }

  @SuppressWarnings("unchecked") // B is the concrete builder by construction
  private B self() {
    return (B) this;
  }
}
