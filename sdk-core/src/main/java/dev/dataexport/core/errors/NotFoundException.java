package dev.dataexport.core.errors;

/** HTTP 404: the destination (or its parent) does not exist. Not retried. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public NotFoundException(ApiError error) {
    super(error);
  }
}
