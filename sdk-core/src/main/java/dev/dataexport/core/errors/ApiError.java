package dev.dataexport.core.errors;

import dev.dataexport.core.ResponseHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything known about an error response, used to build the matching {@link ApiException}.
 *
 * @param request the method and path, for example {@code PATCH /api/v2/destinations/p/e/id}
 * @param status the HTTP status
 * @param code the vendor's error code, or null
 * @param message the vendor's error message, or null
 * @param requestId the vendor's request id, or null
 * @param headers the response headers
 * @param body a bounded, credential-scrubbed copy of the response body
 * @param attempts every attempt of the call
 * @param retryAfter the wait the server asked for, or null
 */
public record ApiError(
    String request,
    int status,
    String code,
    String message,
    String requestId,
    ResponseHeaders headers,
    String body,
    List<Attempt> attempts,
    Duration retryAfter) {

  /** Checks the required parts and copies the attempts. */
  public ApiError {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    attempts = List.copyOf(attempts);
  }
}
