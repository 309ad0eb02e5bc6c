package dev.dataexport.core.errors;

/** HTTP 403: the credential may not do this. Not retried. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public PermissionDeniedException(ApiError error) {
    super(error);
  }
}
