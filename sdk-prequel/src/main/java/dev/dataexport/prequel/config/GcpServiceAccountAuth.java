package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** A Google service account: access granted to a role, or a service account key. */
public sealed interface GcpServiceAccountAuth extends GcpBucketAuth
    permits GcpServiceAccountRole, GcpServiceAccountKey {
  /** {@code gcp_service_account_role} for the given service account. */
  static GcpServiceAccountAuth role(String serviceAccountEmail) {
    return new GcpServiceAccountRole(serviceAccountEmail);
  }

  /** {@code gcp_service_account_key} with the account and its JSON key. */
  static GcpServiceAccountAuth key(String serviceAccountEmail, Secret serviceAccountKey) {
    return new GcpServiceAccountKey(serviceAccountEmail, serviceAccountKey);
  }
}
