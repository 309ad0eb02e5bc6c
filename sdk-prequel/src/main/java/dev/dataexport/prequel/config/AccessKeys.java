package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * An access key id and secret key ({@code {"access_id", "secret_key"}}): AWS keys ({@code
 * aws_access_keys}) and the keys of S3-compatible storage ({@code access_keys}).
 *
 * @param accessId the access key id
 * @param secretKey the secret access key
 */
public record AccessKeys(
    @JsonProperty("access_id") String accessId, @JsonProperty("secret_key") Secret secretKey)
    implements AwsBucketAuth {
  /** Requires both parts. */
  public AccessKeys {
    Checks.notBlank("aws_access_keys.access_id", accessId);
    Checks.notNull("aws_access_keys.secret_key", secretKey);
  }

  @Override
  public String optionName() {
    return "aws_access_keys";
  }
}
