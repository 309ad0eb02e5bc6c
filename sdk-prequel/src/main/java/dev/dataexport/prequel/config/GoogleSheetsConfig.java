package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code google_sheets} block: a Google Sheets destination. */
@Value.Immutable
public interface GoogleSheetsConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "google_sheets";

  /** The spreadsheet host, as Prequel names it. */
  @JsonProperty("host")
  Optional<String> host();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoogleSheetsConfig}; not thread-safe. */
  final class Builder extends ImmutableGoogleSheetsConfig.Builder {
    Builder() {}
  }
}
