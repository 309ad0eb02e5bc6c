package dev.dataexport.core.spi;

/**
 * The vendor's error code and message read from an error response; either may be null.
 *
 * @param code the vendor's error code
 * @param message the vendor's human-readable message
 */
public record ErrorBody(String code, String message) {
  private static final ErrorBody EMPTY = new ErrorBody(null, null);

  /** Neither code nor message. */
  public static ErrorBody empty() {
    return EMPTY;
  }
}
