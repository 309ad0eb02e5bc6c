package dev.dataexport.core.errors;

import java.util.List;

/** The root of every exception the SDK throws for a failed call. Unchecked. */
public class DataExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Every attempt of the call that failed; not serialized. */
  private final transient List<Attempt> attempts;

  /** Creates an exception with the attempts made so far. */
  public DataExportException(String message, List<Attempt> attempts, Throwable cause) {
    super(message, cause);
    this.attempts = List.copyOf(attempts);
  }

  /** Every attempt of the call, in order; empty when the call never reached the network. */
  public List<Attempt> attempts() {
    return attempts == null ? List.of() : attempts;
  }
}
