package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The {@code sftp} block: an SFTP server. */
@Value.Immutable
public interface SftpConfig extends FolderField {
  /** The key this block is written under. */
  String KEY = "sftp";

  /** The SFTP user. */
  @JsonProperty("username")
  Optional<String> username();

  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** The {@code auth_method} choice: public-key authentication. */
  @JsonIgnore
  Optional<SftpAuth> auth();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add("auth_method", auth());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Override
  @Value.Check
  default void validate() {
    FolderField.super.validate();
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "username"), username());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SftpConfig}; not thread-safe. */
  final class Builder extends ImmutableSftpConfig.Builder implements FolderField.Setters<Builder> {
    Builder() {}
  }
}
