package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code bigquery} block: a Google BigQuery dataset, with a GCS bucket for staging.
 *
 * <p>Inferred: the reference page does not show this block; its fields follow Prequel's React SDK
 * and the other Google blocks, and may change.
 */
@Value.Immutable
public interface BigQueryConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "bigquery";

  /** The Google Cloud project. */
  @JsonProperty("project_id")
  Optional<String> projectId();

  /** The dataset tables are written to. */
  @JsonProperty("dataset")
  Optional<String> dataset();

  /** The GCS bucket data is staged in. */
  @JsonProperty("bucket_name")
  Optional<String> bucketName();

  /** The service account (sent as its sibling object only, like gcs). */
  @JsonIgnore
  Optional<GcpServiceAccountAuth> auth();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add(null, auth());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "project_id"), projectId());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "dataset"), dataset());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "bucket_name"), bucketName());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BigQueryConfig}; not thread-safe. */
  final class Builder extends ImmutableBigQueryConfig.Builder {
    Builder() {}
  }
}
