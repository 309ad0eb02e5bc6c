package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.internal.Check;

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
    Check.text("gcp_service_account_key.service_account_email", serviceAccountEmail);
    Check.required("gcp_service_account_key.service_account_key", serviceAccountKey);
  }

  @Override
  public String optionName() {
    return "gcp_service_account_key";
  }
}
