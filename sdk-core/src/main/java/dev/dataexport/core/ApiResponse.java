package dev.dataexport.core;

import dev.dataexport.core.errors.Attempt;
import java.util.List;
import java.util.Optional;

/**
 * A decoded response with its HTTP details: status, headers, request id, attempts and the value.
 * Immutable.
 *
 * @param <T> the decoded value type
 */
public final class ApiResponse<T> {
  private final int status;
  private final ResponseHeaders headers;
  private final String requestId;
  private final List<Attempt> attempts;
  private final T value;

  /** Creates a response; used by the request pipeline. */
  public ApiResponse(
      int status, ResponseHeaders headers, String requestId, List<Attempt> attempts, T value) {
    this.status = status;
    this.headers = headers;
    this.requestId = requestId;
    this.attempts = attempts;
    this.value = value;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public ResponseHeaders headers() {
    return headers;
  }

  /** The vendor's request id, when the response carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Every attempt of the call, in order (one when no retry happened), as in {@link
   * dev.dataexport.core.errors.DataExportException#attempts()}.
   */
  public List<Attempt> attempts() {
    return attempts;
  }

  /** The decoded value. */
  public T value() {
    return value;
  }

  @Override
  public String toString() {
    return "ApiResponse{status="
        + status
        + ", requestId="
        + requestId
        + ", attempts="
        + attempts.size()
        + ", value="
        + value
        + "}";
  }
}
