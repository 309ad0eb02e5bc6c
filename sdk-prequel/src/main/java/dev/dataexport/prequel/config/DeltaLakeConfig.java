package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The {@code delta_lake} block: Delta Lake tables in object storage. */
@Value.Immutable
public interface DeltaLakeConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "delta_lake";

  /** How many days of table history to keep (positive). */
  @JsonProperty("retention_window_days")
  OptionalLong retentionWindowDays();

  /** The Delta column mapping mode, for example {@code none}. */
  @JsonProperty("column_mapping_mode")
  Optional<String> columnMappingMode();

  /** Whether deletion vectors are disabled. */
  @JsonProperty("deletion_vectors_disabled")
  Optional<Boolean> deletionVectorsDisabled();

  /** Whether the change data feed is disabled. */
  @JsonProperty("change_data_feed_disabled")
  Optional<Boolean> changeDataFeedDisabled();

  /** The bucket choice (sent as its sibling object only). */
  @JsonIgnore
  Optional<DeltaLakeBucket> bucket();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add(null, bucket());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.atLeastOne(
        PrequelChecks.path(vendorKey(), "retention_window_days"), retentionWindowDays());
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "column_mapping_mode"), columnMappingMode());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeltaLakeConfig}; not thread-safe. */
  final class Builder extends ImmutableDeltaLakeConfig.Builder {
    Builder() {}
  }
}
