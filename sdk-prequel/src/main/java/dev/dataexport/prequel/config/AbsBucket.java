package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * {@code bucket_abs}: an Azure Blob Storage account used by delta_lake, with the {@code
 * bucket_auth_method} choice {@link AbsBucketAuth}.
 *
 * @param storageAccountName the storage account
 * @param auth the credentials, or null to keep the stored ones
 */
public record AbsBucket(
    @JsonProperty("storage_account_name") String storageAccountName, @JsonIgnore AbsBucketAuth auth)
    implements DeltaLakeBucket {
  /** Requires the account name. */
  public AbsBucket {
    Checks.notBlank("bucket_abs.storage_account_name", storageAccountName);
  }

  /** An account without credentials. */
  public static AbsBucket of(String storageAccountName) {
    return new AbsBucket(storageAccountName, null);
  }

  /** This account with credentials. */
  public AbsBucket withAuth(AbsBucketAuth auth) {
    return new AbsBucket(storageAccountName, Checks.notNull("bucket_abs.bucket_auth_method", auth));
  }

  @JsonUnwrapped
  @JsonProperty("choices") // never written: the fields land in this object
  Choices choiceFields() {
    return Choices.fields().add("bucket_auth_method", auth);
  }

  @Override
  public String optionName() {
    return "bucket_abs";
  }
}
