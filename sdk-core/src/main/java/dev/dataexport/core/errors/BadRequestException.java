package dev.dataexport.core.errors;

/** HTTP 400: the server rejected the request as malformed or invalid. Not retried. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public BadRequestException(ApiError error) {
    super(error);
  }
}
