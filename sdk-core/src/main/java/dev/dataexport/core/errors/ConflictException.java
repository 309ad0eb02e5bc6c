package dev.dataexport.core.errors;

/**
 * HTTP 409: the change conflicts with the current state, for example a concurrent update. Not
 * retried.
 */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public ConflictException(ApiError error) {
    super(error);
  }
}
