package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** The {@code bucket_auth_method} choice of an Azure Blob Storage bucket ({@link AbsBucket}). */
public sealed interface AbsBucketAuth extends ChoiceOption permits StorageAccountAccessKey {
  /** {@code azure_storage_account_access_key} with the account's access key. */
  static AbsBucketAuth storageAccountAccessKey(Secret key) {
    return new StorageAccountAccessKey(key);
  }
}
