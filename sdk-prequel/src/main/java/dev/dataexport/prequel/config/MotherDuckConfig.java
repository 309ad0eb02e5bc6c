package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code motherduck} block: a MotherDuck destination. */
@Value.Immutable
public interface MotherDuckConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "motherduck";

  /** The database. */
  @JsonProperty("database")
  Optional<String> database();

  /** The schema tables are written to. */
  @JsonProperty("schema")
  Optional<String> schema();

  /** The {@code auth_method} choice: an access token. */
  @JsonIgnore
  Optional<MotherDuckAuth> auth();

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
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "database"), database());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "schema"), schema());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MotherDuckConfig}; not thread-safe. */
  final class Builder extends ImmutableMotherDuckConfig.Builder {
    Builder() {}
  }
}
