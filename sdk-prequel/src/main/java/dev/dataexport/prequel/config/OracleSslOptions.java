package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * Oracle's {@code ssl_options}: the Oracle wallet used for TLS.
 *
 * @param wallet the wallet content (a secret)
 */
public record OracleSslOptions(@JsonProperty("wallet") Secret wallet) {
  /** Requires the wallet. */
  public OracleSslOptions {
    Checks.notNull("ssl_options.wallet", wallet);
  }
}
