package dev.dataexport.core.errors;

import dev.dataexport.core.ResponseHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The server answered with an error: carries the status, the vendor's error code and message, the
 * request id, the response headers, a bounded copy of the body (at most 8 KiB, credentials
 * scrubbed) and every attempt. {@link #of(Details)} picks the subclass for the status; the
 * subclasses are nested, one per status of the table ({@link NotFound}, {@link Conflict}, …), so a
 * caller writes {@code catch (ApiException.NotFound e)}.
 */
public class ApiException extends DataExportException {
  private static final long serialVersionUID = 1L;

  private final transient Details error;

  /** Creates the exception; prefer {@link #of(Details)}, which chooses the subclass. */
  public ApiException(Details error) {
    super(describe(error), error.attempts(), null);
    this.error = error;
  }

  /** Creates the exception for {@code error.status()} from the one status table of the SDK. */
  public static ApiException of(Details error) {
    int status = error.status();
    switch (status) {
      case 400:
        return new BadRequest(error);
      case 401:
        return new Authentication(error);
      case 403:
        return new PermissionDenied(error);
      case 404:
        return new NotFound(error);
      case 409:
        return new Conflict(error);
      case 422:
        return new UnprocessableEntity(error);
      case 429:
        return new RateLimited(error);
      default:
        return status >= 500 && status <= 599
            ? new ServerError(error)
            : new UnexpectedStatus(error);
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
  public Details details() {
    return error;
  }

  private static String describe(Details error) {
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
  public record Details(
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
    public Details {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(body, "body");
      attempts = List.copyOf(attempts);
    }
  }

  /** HTTP 400: the server rejected the request as malformed or invalid. Not retried. */
  public static class BadRequest extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public BadRequest(Details error) {
      super(error);
    }
  }

  /** HTTP 401: the credential is missing, wrong or expired. Not retried. */
  public static class Authentication extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public Authentication(Details error) {
      super(error);
    }
  }

  /** HTTP 403: the credential may not do this. Not retried. */
  public static class PermissionDenied extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public PermissionDenied(Details error) {
      super(error);
    }
  }

  /** HTTP 404: the resource (or its parent) does not exist. Not retried. */
  public static class NotFound extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public NotFound(Details error) {
      super(error);
    }
  }

  /**
   * HTTP 409: the change conflicts with the current state, for example a concurrent update or a
   * second destination of a kind that allows one. Not retried.
   */
  public static class Conflict extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public Conflict(Details error) {
      super(error);
    }
  }

  /** HTTP 422: the request was well-formed but semantically invalid. Not retried. */
  public static class UnprocessableEntity extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public UnprocessableEntity(Details error) {
      super(error);
    }
  }

  /**
   * HTTP 429: too many requests. Thrown when retries ran out or when the server asked for a wait
   * longer than the retry policy's cap; {@link #retryAfter()} tells how long the server asked to
   * wait.
   */
  public static class RateLimited extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public RateLimited(Details error) {
      super(error);
    }

    /**
     * The wait the server asked for (from {@code Retry-After}, {@code Retry-After-Ms} or a vendor
     * header).
     */
    public Optional<Duration> retryAfter() {
      return Optional.ofNullable(details().retryAfter());
    }
  }

  /**
   * Any HTTP 5xx: the server failed. Retried where the call is safe to repeat (500, 502, 503, 504)
   * or, for 503, always.
   */
  public static class ServerError extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public ServerError(Details error) {
      super(error);
    }
  }

  /** An HTTP error status the SDK has no dedicated exception for. Not retried. */
  public static class UnexpectedStatus extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from the error details. */
    public UnexpectedStatus(Details error) {
      super(error);
    }
  }
}
