package dev.dataexport.core.errors;

/**
 * Any HTTP 5xx: the server failed. Retried where the call is safe to repeat (500, 502, 503, 504)
 * or, for 503, always.
 */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public InternalServerException(ApiError error) {
    super(error);
  }
}
