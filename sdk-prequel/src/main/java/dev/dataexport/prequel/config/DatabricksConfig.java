package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** The {@code databricks} block: a Databricks SQL warehouse with the {@code metastore} choice. */
@Value.Immutable
public interface DatabricksConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "databricks";

  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** The schema tables are written to. */
  @JsonProperty("schema")
  Optional<String> schema();

  /** The Unity or Hive catalog. */
  @JsonProperty("catalog")
  Optional<String> catalog();

  /** The SQL warehouse's HTTP path. */
  @JsonProperty("http_path")
  Optional<String> httpPath();

  /** The OAuth machine-to-machine credentials. */
  @JsonProperty("oauth_client_secret_auth")
  Optional<OAuthClientSecret> oauthClientSecretAuth();

  /** Whether Prequel connects through its SSH tunnel. */
  @JsonProperty("use_ssh_tunnel")
  Optional<Boolean> useSshTunnel();

  /** The {@code metastore} choice: hive (with a staging bucket) or unity_catalog. */
  @JsonIgnore
  Optional<Metastore> metastore();

  /** The selector and sibling-object fields of this block's choices, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  default Choices choiceFields() {
    return Choices.fields().add("metastore", metastore());
  }

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "schema"), schema());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "catalog"), catalog());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "http_path"), httpPath());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DatabricksConfig}; not thread-safe. */
  final class Builder extends ImmutableDatabricksConfig.Builder {
    Builder() {}
  }
}
