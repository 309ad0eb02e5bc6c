package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code gcp_service_account_key}: a service account and its JSON key.
 *
 * @param serviceAccountEmail the service account
 * @param serviceAccountKey the key file's content (the reference page leaves its type open; sent as
 *     a string)
 */
public record GcpServiceAccountKey(
    @JsonProperty("service_account_email") String serviceAccountEmail,
    @JsonProperty("service_account_key") Secret serviceAccountKey)
    implements GcpServiceAccountAuth {
  /** Requires both parts. */
  public GcpServiceAccountKey {
    Checks.notBlank("gcp_service_account_key.service_account_email", serviceAccountEmail);
    Checks.notNull("gcp_service_account_key.service_account_key", serviceAccountKey);
  }

  @Override
  public String optionName() {
    return "gcp_service_account_key";
  }
}
