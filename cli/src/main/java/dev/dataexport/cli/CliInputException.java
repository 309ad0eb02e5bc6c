package dev.dataexport.cli;

/**
 * Input the tool itself rejected (an unreadable file, a malformed {@code --set}) before any I/O.
 */
final class CliInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CliInputException(String message) {
    super(message);
  }

  CliInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
