package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.Settable;
import dev.dataexport.prequel.internal.PrequelChecks;
import org.immutables.value.Value;

/** A {@code folder} inside the destination's storage, clearable with JSON {@code null}. */
public interface FolderField extends VendorBlock {
  /** The folder files are written to. Unset keeps the stored value; {@code null} clears it. */
  @JsonProperty("folder")
  @JsonInclude(JsonInclude.Include.NON_EMPTY) // unset is left out
  @Value.Default
  default Settable<String> folder() {
    return Settable.unset();
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "folder"), folder().asOptional());
  }

  /**
   * Builder methods for {@code folder}.
   *
   * @param <B> the builder type
   */
  interface Setters<B> {
    /** Sets the folder's three-state value. */
    B folder(Settable<String> folder);

    /** Sets the folder. */
    default B folder(String folder) {
      return folder(Settable.of(Checks.notNull("folder", folder)));
    }

    /** Clears the folder (sends JSON {@code null}): files go to the storage's root. */
    default B clearFolder() {
      return folder(Settable.ofNull());
    }
  }
}
