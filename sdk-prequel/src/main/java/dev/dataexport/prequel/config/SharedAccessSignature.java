package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code azure_service_shared_access_signature}: an Azure SAS token for a Blob Storage container.
 *
 * @param token the SAS token
 */
public record SharedAccessSignature(@JsonProperty("shared_access_signature_token") Secret token)
    implements AbsAuth {
  /** Requires the token. */
  public SharedAccessSignature {
    Checks.notNull("azure_service_shared_access_signature.shared_access_signature_token", token);
  }

  @Override
  public String optionName() {
    return "azure_service_shared_access_signature";
  }
}
