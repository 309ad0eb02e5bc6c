package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** How Prequel reaches Google Cloud Storage: a service account (role or key) or HMAC keys. */
public sealed interface GcpBucketAuth extends ChoiceOption
    permits GcpServiceAccountAuth, GcsHmacKeys {
  /** {@code gcs_hmac_keys} with an HMAC access id and secret. */
  static GcpBucketAuth hmacKeys(String accessKey, Secret secret) {
    return new GcsHmacKeys(accessKey, secret);
  }
}
