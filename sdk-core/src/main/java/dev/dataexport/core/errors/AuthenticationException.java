package dev.dataexport.core.errors;

/** HTTP 401: the credential is missing, wrong or expired. Not retried. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public AuthenticationException(ApiError error) {
    super(error);
  }
}
