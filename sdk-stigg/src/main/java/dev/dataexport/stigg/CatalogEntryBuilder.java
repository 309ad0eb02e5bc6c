package dev.dataexport.stigg;

import dev.dataexport.core.spi.Checks;
import java.util.Optional;

/**
 * What the builders of the catalog's entries ({@link ModelGroup}, {@link ExportModel}) share: a
 * required {@code id} and an optional {@code displayName}.
 *
 * @param <B> the entry's builder
 */
abstract class CatalogEntryBuilder<B extends CatalogEntryBuilder<B>> extends ModelBuilder<B> {
  private String id;
  private String displayName;

  CatalogEntryBuilder() {}

  /** Sets the id (a model's id is what {@code enabledModels} takes). */
  public final B id(String id) {
    this.id = Checks.notNull("id", id);
    return self();
  }

  /** Sets the display name. */
  public final B displayName(String displayName) {
    this.displayName = Checks.notNull("displayName", displayName);
    return self();
  }

  /** Sets or clears (empty) the display name. */
  public final B displayName(Optional<String> displayName) {
    this.displayName = Checks.notNull("displayName", displayName).orElse(null);
    return self();
  }

  /**
   * The id.
   *
   * @throws IllegalStateException {@code id is required}
   */
  final String requiredId() {
    return Checks.required("id", id);
  }

  /** The display name, if set. */
  final Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }
}
