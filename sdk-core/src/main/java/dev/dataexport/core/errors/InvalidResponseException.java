package dev.dataexport.core.errors;

import java.util.List;

/**
 * The server answered, but the body could not be decoded: malformed JSON, an HTML page from a
 * proxy, an empty body where one was expected, or a shape the SDK cannot read. Carries the status
 * and a short snippet.
 */
public class InvalidResponseException extends DataExportException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String snippet;

  /** Creates the exception; {@code snippet} must already be bounded and scrubbed. */
  public InvalidResponseException(
      String message, int status, String snippet, List<Attempt> attempts, Throwable cause) {
    super(
        message
            + " (HTTP "
            + status
            + ", body: "
            + (snippet.isEmpty() ? "<empty>" : '"' + snippet + '"')
            + ")",
        attempts,
        cause);
    this.status = status;
    this.snippet = snippet;
  }

  /** The HTTP status of the response that could not be decoded. */
  public int status() {
    return status;
  }

  /** The start of the body (at most 200 characters), credentials scrubbed. */
  public String snippet() {
    return snippet;
  }
}
