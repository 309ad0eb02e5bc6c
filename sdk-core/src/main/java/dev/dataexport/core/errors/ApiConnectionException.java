package dev.dataexport.core.errors;

import java.util.List;

/** The call failed in transport (connection refused or reset, TLS, disconnect) on every attempt. */
public class ApiConnectionException extends DataExportException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the attempts made and the last failure. */
  public ApiConnectionException(String message, List<Attempt> attempts, Throwable cause) {
    super(message, attempts, cause);
  }
}
