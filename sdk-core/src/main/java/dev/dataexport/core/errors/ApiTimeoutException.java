package dev.dataexport.core.errors;

import java.util.List;

/** The call timed out (connect, read or whole-call timeout) on its last attempt. */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the attempts made and the timeout. */
  public ApiTimeoutException(String message, List<Attempt> attempts, Throwable cause) {
    super(message, attempts, cause);
  }
}
