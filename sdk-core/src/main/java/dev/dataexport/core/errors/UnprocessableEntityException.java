package dev.dataexport.core.errors;

/** HTTP 422: the request was well-formed but semantically invalid. Not retried. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public UnprocessableEntityException(ApiError error) {
    super(error);
  }
}
