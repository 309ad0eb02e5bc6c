package dev.dataexport.core.spi;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.spi.RetryRules.Outcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * What a failed attempt becomes: a transport failure is retried per {@link RetryRules} or turned
 * into an {@link ApiConnectionException} (a {@link ApiConnectionException.Timeout} naming the limit
 * that fired and its value); an interceptor's exception, an interrupted wait and {@code close()}
 * end the call. Stateless.
 */
final class Failures {
  private Failures() {}

  /**
   * Classifies a transport failure; {@code beforeResponse} is false when the body broke off
   * mid-read.
   */
  static <T> Outcome<T> onFailure(
      Exchange<T> exchange, IOException failure, boolean beforeResponse) {
    if (exchange.isClosedByClient()) {
      exchange.recordFailure("closed");
      return closed(exchange);
    }
    IOException e = exchange.tracker.timedOut() ? timeout(failure) : failure;
    boolean timedOut = RetryRules.isTimeout(e);
    boolean callOutOfTime = timedOut && exchange.attemptLimitedByCall;
    // The guard runs once a connection exists: before that, nothing of the request was sent.
    boolean sent = exchange.tracker.reachedNetwork();
    String kind =
        timedOut
            ? timeoutName(exchange, e)
            : !sent
                ? "connect failed"
                : beforeResponse ? "connection failed" : "response body broke off";
    exchange.recordFailure(kind + ": " + exchange.redaction.describe(e));
    boolean interrupted =
        Thread.currentThread().isInterrupted()
            || (e instanceof InterruptedIOException && !timedOut);
    boolean retryable = RetryRules.retryableFailure(sent, exchange.apiRequest.safeToRepeat());
    if (!interrupted && !callOutOfTime && exchange.mayRetry() && retryable) {
      if (sent) {
        exchange.mayHaveActed = true;
      }
      return exchange.retryWithin(
          exchange.retryWithBackoff(),
          () -> transportFailure(exchange, e, timedOut, kind, " (no time left to retry)"));
    }
    String note =
        !retryable && exchange.mayRetry() && !interrupted && !callOutOfTime
            ? " (not retried: the request may have reached the server and is not safe to repeat)"
            : "";
    return transportFailure(
        exchange, e, timedOut, callOutOfTime ? callTimeoutName(exchange) : kind, note);
  }

  /**
   * What OkHttp's own call timeout throws, for an attempt {@link InFlight} cancelled at its limit.
   */
  private static IOException timeout(IOException cancelled) {
    IOException timeout = new InterruptedIOException("timeout");
    timeout.initCause(cancelled);
    return timeout;
  }

  private static <T> Outcome<T> transportFailure(
      Exchange<T> exchange, IOException e, boolean timedOut, String kind, String note) {
    Redaction redaction = exchange.redaction;
    String message =
        exchange.apiRequest
            + (timedOut
                ? " timed out: " + kind + " exceeded"
                : " failed (" + kind + "): " + redaction.describe(e))
            + " after "
            + attemptCount(exchange)
            + note;
    DataExportException failure =
        timedOut
            ? new ApiConnectionException.Timeout(message, exchange.attempts, redaction.safeCause(e))
            : new ApiConnectionException(message, exchange.attempts, redaction.safeCause(e));
    return exchange.finish(Outcome.failure(failure), timedOut ? "timeout" : kind);
  }

  /** A runtime exception from an interceptor of a supplied OkHttpClient: not retried. */
  static <T> Outcome<T> onInterceptorFailure(Exchange<T> exchange, RuntimeException e) {
    Redaction redaction = exchange.redaction;
    exchange.recordFailure("interceptor failed: " + redaction.describe(e));
    return exchange.finish(
        Outcome.failure(
            new ApiConnectionException(
                exchange.apiRequest
                    + " failed in an interceptor of the supplied OkHttpClient: "
                    + redaction.describe(e)
                    + " after "
                    + attemptCount(exchange),
                exchange.attempts,
                redaction.safeCause(e))),
        "interceptor failed");
  }

  /** A failure of the wait between attempts (interrupted). */
  static <T> Outcome<T> interrupted(Exchange<T> exchange, InterruptedException e) {
    return exchange.finish(
        Outcome.failure(
            new ApiConnectionException(
                exchange.apiRequest
                    + " interrupted while waiting to retry after "
                    + attemptCount(exchange),
                exchange.attempts,
                e)),
        "interrupted");
  }

  /** The failure of a call stopped by {@code close()}. */
  static <T> Outcome<T> closed(Exchange<T> exchange) {
    return exchange.finish(
        Outcome.failure(
            new ApiConnectionException.ClientClosed(
                exchange.apiRequest
                    + ": the client was closed while the call was in flight, after "
                    + attemptCount(exchange),
                exchange.attempts)),
        "closed");
  }

  private static String timeoutName(Exchange<?> exchange, IOException e) {
    if (exchange.attemptLimitedByCall) {
      return callTimeoutName(exchange);
    }
    return e instanceof SocketTimeoutException
        ? "socket timeout (connect "
            + show(exchange.options.connectTimeout())
            + ", read "
            + show(exchange.options.readTimeout())
            + ")"
        : "attempt timeout of " + show(exchange.attemptTimeout);
  }

  private static String callTimeoutName(Exchange<?> exchange) {
    return "call timeout of " + show(exchange.callTimeout);
  }

  /**
   * The fixed part of an attempt's failure ({@code connect failed: <detail>}): {@code timeout} for
   * every time limit, so the text names no host, limit or message.
   */
  static String kind(String failure) {
    int colon = failure.indexOf(':');
    String kind = colon < 0 ? failure : failure.substring(0, colon);
    return kind.contains("timeout") ? "timeout" : kind;
  }

  /** {@code 1 attempt}, {@code 3 attempts}: the attempts so far, for messages. */
  static String attemptCount(Exchange<?> exchange) {
    int n = exchange.attempts.size();
    return n + (n == 1 ? " attempt" : " attempts");
  }

  /** {@code 1 s}, {@code 250 ms}, {@code 3 min}. */
  static String show(Duration d) {
    long millis = d.toMillis();
    if (millis % 60_000 == 0 && millis >= 60_000) {
      return millis / 60_000 + " min";
    }
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
