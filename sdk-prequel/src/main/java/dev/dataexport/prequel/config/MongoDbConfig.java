package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The {@code mongodb} block: a MongoDB destination. The reference page shows {@code password_auth}
 * without an {@code auth_method} selector, so none is sent.
 */
@Value.Immutable
public interface MongoDbConfig extends VendorBlock {
  /** The key this block is written under. */
  String KEY = "mongodb";

  /** The server host name. */
  @JsonProperty("host")
  Optional<String> host();

  /** The server port (1..65535). */
  @JsonProperty("port")
  OptionalLong port();

  /** The database users authenticate against. */
  @JsonProperty("authentication_database")
  Optional<String> authenticationDatabase();

  /** The database collections are written to. */
  @JsonProperty("write_database")
  Optional<String> writeDatabase();

  /** The user name and password. */
  @JsonProperty("password_auth")
  Optional<PasswordAuth> passwordAuth();

  /** Whether Prequel connects through its SSH tunnel. */
  @JsonProperty("use_ssh_tunnel")
  Optional<Boolean> useSshTunnel();

  /** Whether to connect without TLS. */
  @JsonProperty("disable_ssl")
  Optional<Boolean> disableSsl();

  /**
   * Checks the values (the builder calls it, so an invalid block cannot be built); messages name
   * the JSON path.
   */
  @Value.Check
  default void validate() {
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "host"), host());
    PrequelChecks.port(PrequelChecks.path(vendorKey(), "port"), port());
    PrequelChecks.notBlank(
        PrequelChecks.path(vendorKey(), "authentication_database"), authenticationDatabase());
    PrequelChecks.notBlank(PrequelChecks.path(vendorKey(), "write_database"), writeDatabase());
  }

  @Override
  default String vendorKey() {
    return KEY;
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MongoDbConfig}; not thread-safe. */
  final class Builder extends ImmutableMongoDbConfig.Builder {
    Builder() {}

    /** Sets {@code password_auth} from a user name and password. */
    public Builder passwordAuth(String username, Secret password) {
      return passwordAuth(new PasswordAuth(username, password));
    }
  }
}
