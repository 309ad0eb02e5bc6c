package dev.dataexport.core.errors;

import dev.dataexport.core.ResponseHeaders;
import java.util.Optional;

/**
 * The server answered with an error: carries the status, the vendor's error code and message, the
 * request id, the response headers, a bounded copy of the body (at most 8 KiB, credentials
 * scrubbed) and every attempt. {@link #of(ApiError)} picks the subclass for the status.
 */
public class ApiException extends DataExportException {
  private static final long serialVersionUID = 1L;

  private final transient ApiError error;

  /** Creates the exception; prefer {@link #of(ApiError)}, which chooses the subclass. */
  public ApiException(ApiError error) {
    super(describe(error), error.attempts(), null);
    this.error = error;
  }

  /** Creates the exception for {@code error.status()} from the one status table of the SDK. */
  public static ApiException of(ApiError error) {
    int status = error.status();
    switch (status) {
      case 400:
        return new BadRequestException(error);
      case 401:
        return new AuthenticationException(error);
      case 403:
        return new PermissionDeniedException(error);
      case 404:
        return new NotFoundException(error);
      case 409:
        return new ConflictException(error);
      case 422:
        return new UnprocessableEntityException(error);
      case 429:
        return new RateLimitException(error);
      default:
        return status >= 500 && status <= 599
            ? new InternalServerException(error)
            : new UnexpectedStatusException(error);
    }
  }

  /** The HTTP status. */
  public int status() {
    return error.status();
  }

  /** The vendor's error code, when the body had one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(error.code());
  }

  /** The vendor's error message, when the body had one. */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(error.message());
  }

  /** The vendor's request id, when the response carried one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(error.requestId());
  }

  /** The response headers. */
  public ResponseHeaders headers() {
    return error.headers();
  }

  /** The response body, cut at 8 KiB and with credentials scrubbed. */
  public String body() {
    return error.body();
  }

  /** The method and path of the failed call. */
  public String request() {
    return error.request();
  }

  /** The full error details. */
  public ApiError error() {
    return error;
  }

  private static String describe(ApiError error) {
    StringBuilder text = new StringBuilder();
    text.append(error.request()).append(" failed with HTTP ").append(error.status());
    if (error.message() != null) {
      text.append(": ").append(error.message());
    }
    if (error.code() != null) {
      text.append(" (code ").append(error.code()).append(')');
    }
    if (error.status() >= 300 && error.status() < 400) {
      error
          .headers()
          .first("Location")
          .ifPresent(
              location ->
                  text.append(" (redirect to ")
                      .append(
                          location.indexOf('?') < 0
                              ? location
                              : location.substring(0, location.indexOf('?')))
                      .append(" not followed: the SDK never follows redirects)"));
    }
    if (error.requestId() != null) {
      text.append(" [request id ").append(error.requestId()).append(']');
    }
    text.append(" after ")
        .append(error.attempts().size())
        .append(error.attempts().size() == 1 ? " attempt" : " attempts");
    if (error.retryAfter() != null && error.status() == 429) {
      text.append("; server asked to wait ").append(error.retryAfter().toMillis()).append(" ms");
    }
    return text.toString();
  }
}
