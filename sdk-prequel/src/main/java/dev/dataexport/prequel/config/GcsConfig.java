package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code gcs} block: a Google Cloud Storage bucket. The reference page shows its credentials
 * without a selector, so only the chosen object is sent.
 */
@Value.Immutable
public interface GcsConfig extends ObjectStorageFields {
  /** The key this block is written under. */
  String KEY = "gcs";

  /** The bucket. */
  @JsonProperty("bucket_name")
  Optional<String> bucketName();

  /** The credentials: service account role or key, or HMAC keys. */
  @JsonIgnore
  Optional<GcpBucketAuth> auth();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @Override
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add(null, auth()).add("file_format", fileFormat());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    ObjectStorageFields.super.validate();
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

  /** Builds a {@link GcsConfig}; not thread-safe. */
  final class Builder extends ImmutableGcsConfig.Builder implements FolderField.Setters<Builder> {
    Builder() {}
  }
}
