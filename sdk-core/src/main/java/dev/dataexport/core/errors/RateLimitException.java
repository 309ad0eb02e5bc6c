package dev.dataexport.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. Thrown when retries ran out or when the server asked for a wait
 * longer than the retry policy's cap; {@link #retryAfter()} tells how long the server asked to
 * wait.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the error details. */
  public RateLimitException(ApiError error) {
    super(error);
  }

  /**
   * The wait the server asked for (from {@code Retry-After}, {@code Retry-After-Ms} or a vendor
   * header).
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(error().retryAfter());
  }
}
