package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Checks;

/**
 * {@code azure_storage_account_access_key}: an Azure storage account access key.
 *
 * @param key the storage account access key
 */
public record StorageAccountAccessKey(@JsonProperty("storage_account_access_key") Secret key)
    implements AbsBucketAuth {
  /** Requires the key. */
  public StorageAccountAccessKey {
    Checks.notNull("azure_storage_account_access_key.storage_account_access_key", key);
  }

  @Override
  public String optionName() {
    return "azure_storage_account_access_key";
  }
}
