package dev.dataexport.prequel.config;

import dev.dataexport.core.Secret;

/** The {@code auth_method} choice of the {@code abs} block. */
public sealed interface AbsAuth extends ChoiceOption permits SharedAccessSignature {
  /** {@code azure_service_shared_access_signature} with a SAS token. */
  static AbsAuth sharedAccessSignature(Secret token) {
    return new SharedAccessSignature(token);
  }
}
