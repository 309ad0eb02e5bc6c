package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code gcs_hmac_keys}: an HMAC key pair for Google Cloud Storage.
 *
 * @param accessKey the HMAC access id
 * @param secret the HMAC secret
 */
public record GcsHmacKeys(
    @JsonProperty("access_key") String accessKey, @JsonProperty("secret") Secret secret)
    implements GcpBucketAuth {
  /** Requires both parts. */
  public GcsHmacKeys {
    Checks.notBlank("gcs_hmac_keys.access_key", accessKey);
    Checks.notNull("gcs_hmac_keys.secret", secret);
  }

  @Override
  public String optionName() {
    return "gcs_hmac_keys";
  }
}
