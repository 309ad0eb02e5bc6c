package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields object-storage blocks share (abs, gcs, s3, s3_compatible): folder, manifest and the
 * {@code file_format} choice (sent on requests by inference from the {@code csv} object the
 * reference page returns for abs).
 */
public interface ObjectStorageFields extends FolderField {
  /** Whether to skip writing a manifest file. */
  @JsonProperty("disable_manifest")
  Optional<Boolean> disableManifest();

  /** The {@code file_format} choice: parquet or csv. */
  @JsonIgnore
  Optional<FileFormat> fileFormat();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add("file_format", fileFormat());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    FolderField.super.validate();
  }
}
