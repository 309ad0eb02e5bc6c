package dev.dataexport.core.errors;

import java.util.List;

/**
 * The client was closed while this call was in flight or waiting to retry: the call was cancelled
 * and will not be retried. A call started after {@code close()} throws {@link
 * IllegalStateException} instead.
 */
public class ClientClosedException extends DataExportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the attempts made before the client was closed. */
  public ClientClosedException(String message, List<Attempt> attempts) {
    super(message, attempts, null);
  }
}
