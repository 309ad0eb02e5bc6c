package dev.dataexport.core.fleet;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Typed exceptions and responses, as the pipeline makes them, for the fleet tests. */
final class Answers {
  private Answers() {}

  /** The attempts of a call: one per status, in order. */
  static List<Attempt> attempts(int... statuses) {
    List<Attempt> attempts = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      attempts.add(Attempt.ofStatus(i + 1, statuses[i], Duration.ofMillis(5)));
    }
    return attempts;
  }

  static ApiException error(int status, Duration retryAfter, int... attemptStatuses) {
    return ApiException.of(
        new ApiException.Details(
            "PATCH /things/t",
            status,
            null,
            "failed",
            null,
            ResponseHeaders.empty(),
            "{}",
            attempts(attemptStatuses.length == 0 ? new int[] {status} : attemptStatuses),
            retryAfter));
  }

  static ApiException.RateLimited rateLimited(Duration retryAfter) {
    return (ApiException.RateLimited) error(429, retryAfter, 429);
  }

  static ApiResponse<String> ok(ResponseHeaders headers, int... attemptStatuses) {
    return new ApiResponse<>(
        200,
        headers,
        null,
        attempts(attemptStatuses.length == 0 ? new int[] {200} : attemptStatuses),
        "ok");
  }
}
