package dev.dataexport.core.spi;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiTimeoutException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.DataExportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One call in flight: creates each attempt's OkHttp call, keeps the attempt history, and turns
 * transport failures into an {@link Outcome}; {@link ResponseReader} turns responses into one. Used
 * by both the blocking and the async path of {@link Sender}; attempts run one at a time.
 */
final class Exchange<T> {
  final ClientOptions options;
  final VendorProfile vendor;
  final HttpLog log;
  final ApiRequest apiRequest;
  final ResponseDecoder<T> decoder;
  final Redaction redaction;
  final List<Attempt> attempts = new ArrayList<>(2);
  private final OkHttpClient http;
  private final OriginGuard guard;
  private final Request request;
  private final OriginGuard.Attempts tracker = new OriginGuard.Attempts();
  private final int maxRetries;
  private final Duration timeout;
  private final long startNanos = System.nanoTime();
  private int attempt;
  private long attemptStartNanos;

  Exchange(
      Transport transport,
      ApiRequest apiRequest,
      Request request,
      ResponseDecoder<T> decoder,
      int maxRetries,
      Duration timeout,
      Redaction redaction) {
    this.options = transport.options();
    this.vendor = transport.vendor;
    this.log = transport.log;
    this.http = transport.http;
    this.guard = transport.guard;
    this.apiRequest = apiRequest;
    this.request = request;
    this.decoder = decoder;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.redaction = redaction;
  }

  /** Creates the OkHttp call of the next attempt. */
  Call nextCall() {
    attempt++;
    tracker.start(attempt);
    attemptStartNanos = System.nanoTime();
    if (log.debugEnabled()) {
      log.request(apiRequest.toString(), attempt, request.headers(), apiRequest.body());
    }
    Call call = http.newCall(request);
    if (timeout != null) {
      call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    guard.register(call, tracker);
    return call;
  }

  /** Forgets {@code call} once it has finished (or will never run). */
  void release(Call call) {
    guard.release(call);
  }

  /** The number of the current attempt, from 1. */
  int attempt() {
    return attempt;
  }

  /** Whether another attempt is allowed by the retry count. */
  boolean mayRetry() {
    return attempt <= maxRetries;
  }

  /** Records that the current attempt received {@code status}. */
  void recordStatus(int status) {
    attempts.add(Attempt.ofStatus(attempt, status, elapsed(attemptStartNanos)));
  }

  /** A retry after the policy's backoff for the current attempt. */
  Outcome<T> retryWithBackoff() {
    return Outcome.retry(
        options.retryPolicy().backoff(attempt, ThreadLocalRandom.current().nextDouble()));
  }

  /**
   * Classifies a transport failure; {@code beforeResponse} is false when the body broke off
   * mid-read.
   */
  Outcome<T> onFailure(IOException e, boolean beforeResponse) {
    boolean timedOut = RetryRules.isTimeout(e);
    // The guard runs once a connection exists: before that, nothing of the request was sent.
    boolean sent = tracker.reachedNetwork();
    String kind =
        timedOut
            ? "timeout"
            : !sent
                ? "connect failed"
                : beforeResponse ? "connection failed" : "response body broke off";
    attempts.add(Attempt.ofFailure(attempt, kind + ": " + describe(e), elapsed(attemptStartNanos)));
    boolean interrupted =
        Thread.currentThread().isInterrupted()
            || (e instanceof InterruptedIOException && !timedOut);
    boolean retryable = RetryRules.retryableFailure(sent, apiRequest.safeToRepeat());
    if (!interrupted && mayRetry() && retryable) {
      return retryWithBackoff();
    }
    String message =
        apiRequest
            + (timedOut ? " timed out" : " failed (" + kind + "): " + describe(e))
            + " after "
            + attemptCount()
            + (!retryable && mayRetry() && !interrupted
                ? " (not retried: the request may have reached the server and is not safe to repeat)"
                : "");
    DataExportException failure =
        timedOut
            ? new ApiTimeoutException(message, attempts, safeCause(e))
            : new ApiConnectionException(message, attempts, safeCause(e));
    return finish(Outcome.failure(failure), timedOut ? "timeout" : kind);
  }

  /** A failure of the wait between attempts (interrupted). */
  Outcome<T> interrupted(InterruptedException e) {
    return finish(
        Outcome.failure(
            new ApiConnectionException(
                apiRequest + " interrupted while waiting to retry after " + attemptCount(),
                attempts,
                e)),
        "interrupted");
  }

  /** Logs the call's INFO line and returns {@code outcome}. */
  Outcome<T> finish(Outcome<T> outcome, String summary) {
    if (log.infoEnabled()) {
      log.call(apiRequest.toString(), summary, attempt, System.nanoTime() - startNanos);
    }
    return outcome;
  }

  /** The exception's class and message, scrubbed. */
  String describe(Throwable e) {
    String message = e.getMessage();
    return redaction.scrub(
        e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"));
  }

  /**
   * The cause to attach, or null when a message in its chain holds a credential or body secret (a
   * decoder's message can quote the body); the scrubbed description is already in our message.
   */
  Throwable safeCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(redaction.scrub(message))) {
        return null;
      }
    }
    return cause;
  }

  private String attemptCount() {
    return attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts");
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
