package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.spi.Checks;

/**
 * {@code gcp_service_account_role}: access granted to Prequel's service account (no key leaves your
 * project).
 *
 * @param serviceAccountEmail the service account, for example {@code
 *     name@project.iam.gserviceaccount.com}
 */
public record GcpServiceAccountRole(
    @JsonProperty("service_account_email") String serviceAccountEmail)
    implements GcpServiceAccountAuth {
  /** Requires the e-mail. */
  public GcpServiceAccountRole {
    Checks.notBlank("gcp_service_account_role.service_account_email", serviceAccountEmail);
  }

  @Override
  public String optionName() {
    return "gcp_service_account_role";
  }
}
