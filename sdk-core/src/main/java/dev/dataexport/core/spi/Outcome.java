package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.errors.DataExportException;
import java.time.Duration;

/** What one attempt decided: a result, a failure, or a retry after a wait. */
final class Outcome<T> {
  final ApiResponse<T> response;
  final DataExportException failure;
  final Duration retryAfter;

  private Outcome(ApiResponse<T> response, DataExportException failure, Duration retryAfter) {
    this.response = response;
    this.failure = failure;
    this.retryAfter = retryAfter;
  }

  static <T> Outcome<T> success(ApiResponse<T> response) {
    return new Outcome<>(response, null, null);
  }

  static <T> Outcome<T> failure(DataExportException failure) {
    return new Outcome<>(null, failure, null);
  }

  static <T> Outcome<T> retry(Duration wait) {
    return new Outcome<>(null, null, wait);
  }

  boolean isRetry() {
    return retryAfter != null;
  }
}
