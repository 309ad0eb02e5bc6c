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
 * The fields every server-database block shares: host, port, {@code auth_method} choice, SSH tunnel
 * and TLS.
 */
public interface ServerFields extends VendorBlock {
  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** Whether Prequel connects through its SSH tunnel. */
  @JsonProperty("use_ssh_tunnel")
  Optional<Boolean> useSshTunnel();

  /** Whether to connect without TLS. */
  @JsonProperty("disable_ssl")
  Optional<Boolean> disableSsl();

  /** The {@code auth_method} choice and its credentials. */
  @JsonIgnore
  Optional<DatabaseAuth> auth();

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
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
  }
}
