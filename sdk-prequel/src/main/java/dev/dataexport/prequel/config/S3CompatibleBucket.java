package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * {@code bucket_s3_compatible}: S3-compatible storage used by delta_lake. Its only documented
 * credential is {@code "bucket_auth_method": "access_keys"} with an {@code access_keys} object,
 * written together from {@link #accessKeys()}.
 *
 * @param disableSsl whether to connect without TLS, or null to keep the stored setting
 * @param accessKeys the access keys, or null to keep the stored ones
 */
public record S3CompatibleBucket(
    @JsonProperty("disable_ssl") Boolean disableSsl, @JsonIgnore AccessKeys accessKeys)
    implements DeltaLakeBucket {
  /** Requires at least one part. */
  public S3CompatibleBucket {
    if (disableSsl == null && accessKeys == null) {
      throw new IllegalArgumentException("bucket_s3_compatible needs disable_ssl or access_keys");
    }
  }

  /** New access keys for the storage. */
  public static S3CompatibleBucket of(AccessKeys accessKeys) {
    return new S3CompatibleBucket(
        null, Checks.notNull("bucket_s3_compatible.access_keys", accessKeys));
  }

  /** This bucket with TLS switched off ({@code true}) or on. */
  public S3CompatibleBucket withDisableSsl(boolean disableSsl) {
    return new S3CompatibleBucket(disableSsl, accessKeys);
  }

  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  Choices choiceFields() {
    Choices fields = Choices.fields();
    return accessKeys == null
        ? fields
        : fields.field("bucket_auth_method", "access_keys").field("access_keys", accessKeys);
  }

  @Override
  public String optionName() {
    return "bucket_s3_compatible";
  }
}
