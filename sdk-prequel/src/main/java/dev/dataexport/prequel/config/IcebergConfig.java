package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The {@code iceberg} block: Apache Iceberg tables; the catalog nests its storage bucket and its
 * credentials.
 */
@Value.Immutable
public interface IcebergConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "iceberg";

  /** How many days of snapshots to keep (positive). */
  @JsonProperty("retention_window_days")
  OptionalLong retentionWindowDays();

  /** The catalog choice (sent as its sibling object only). */
  @JsonIgnore
  Optional<IcebergCatalog> catalog();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add(null, catalog());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.atLeastOne(
        PrequelChecks.path(vendorKey(), "retention_window_days"), retentionWindowDays());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IcebergConfig}; not thread-safe. */
  final class Builder extends ImmutableIcebergConfig.Builder {
    Builder() {}
  }
}
