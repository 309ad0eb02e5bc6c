package dev.dataexport.core.errors;

import java.util.List;

/**
 * The call failed in transport (connection refused or reset, TLS, disconnect) on every attempt; the
 * nested {@link Timeout} says a time limit fired, {@link ClientClosed} that {@code close()} stopped
 * the call.
 */
public class ApiConnectionException extends DataExportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the attempts made and the last failure. */
  public ApiConnectionException(String message, List<Attempt> attempts, Throwable cause) {
    super(message, attempts, cause);
  }

  /** The call timed out (connect, read or whole-call timeout) on its last attempt. */
  public static class Timeout extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the attempts made and the timeout. */
    public Timeout(String message, List<Attempt> attempts, Throwable cause) {
      super(message, attempts, cause);
    }
  }

  /**
   * The client was closed while this call was in flight or waiting to retry: the call was cancelled
   * and will not be retried. A call started after {@code close()} throws {@link
   * IllegalStateException} instead.
   */
  public static class ClientClosed extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the attempts made before the client was closed. */
    public ClientClosed(String message, List<Attempt> attempts) {
      super(message, attempts, null);
    }
  }
}
