package dev.dataexport.core.errors;

/** An HTTP error status the SDK has no dedicated exception for. Not retried. */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public UnexpectedStatusException(ApiError error) {
    super(error);
  }
}
