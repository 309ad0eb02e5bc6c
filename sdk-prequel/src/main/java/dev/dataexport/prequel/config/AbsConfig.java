package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code abs} block: an Azure Blob Storage container. */
@Value.Immutable
public interface AbsConfig extends ObjectStorageFields {
  /** The key this block is written under. */
  String KEY = "abs";

  /** The container. */
  @JsonProperty("container_name")
  Optional<String> containerName();

  /** The storage account. */
  @JsonProperty("storage_account_name")
  Optional<String> storageAccountName();

  /** The {@code auth_method} choice: a shared access signature. */
  @JsonIgnore
  Optional<AbsAuth> auth();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @Override
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add("auth_method", auth()).add("file_format", fileFormat());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    ObjectStorageFields.super.validate();
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "container_name"), containerName());
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "storage_account_name"), storageAccountName());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AbsConfig}; not thread-safe. */
  final class Builder extends ImmutableAbsConfig.Builder implements FolderField.Setters<Builder> {
    Builder() {}
  }
}
