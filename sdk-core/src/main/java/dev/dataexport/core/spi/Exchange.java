package dev.dataexport.core.spi;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.spi.RetryRules.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One call in flight: creates each attempt's OkHttp call with its time limit, keeps the attempt
 * history and the close state. {@link Failures} turns transport failures into an {@link Outcome},
 * {@link ResponseReader} turns responses into one. Used by both the blocking and the async path of
 * {@link Sender}; attempts run one at a time.
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
  final OriginGuard.Attempts tracker = new OriginGuard.Attempts();
  private final int maxRetries;
  final Duration callTimeout;
  final Duration attemptTimeout;
  private final long deadlineMillis;
  private final long startNanos = System.nanoTime();
  private int attempt;
  private long attemptStartNanos;

  /** Whether the current attempt's limit is what is left of the call timeout, not its own. */
  boolean attemptLimitedByCall;

  /** Whether an earlier attempt may have reached the server and acted (a retried 5xx, a drop). */
  private boolean mayHaveActed;

  private volatile Call current;
  private volatile boolean closedByClient;
  private volatile Runnable onClose;

  Exchange(
      Transport transport,
      ApiRequest apiRequest,
      Request request,
      ResponseDecoder<T> decoder,
      int maxRetries,
      Duration callTimeout,
      Duration attemptTimeout,
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
    this.callTimeout = callTimeout;
    this.attemptTimeout = attemptTimeout;
    this.deadlineMillis = options.clock().millis() + callTimeout.toMillis();
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
    long remaining = remainingMillis();
    attemptLimitedByCall = remaining < attemptTimeout.toMillis();
    if (attemptLimitedByCall) {
      call.timeout().timeout(Math.max(1, remaining), TimeUnit.MILLISECONDS);
    } else if (attemptTimeout.toMillis() != http.callTimeoutMillis()) {
      call.timeout().timeout(attemptTimeout.toNanos(), TimeUnit.NANOSECONDS);
    }
    guard.register(call, tracker);
    current = call;
    if (closedByClient) {
      call.cancel(); // closed between the caller's check and publishing the call
    }
    return call;
  }

  /**
   * Stops the call because its client is closing: cancels the attempt in flight and runs the hook
   * the async path set (it completes the future at once). Later outcomes are {@link #closed()}.
   */
  void closeByClient() {
    closedByClient = true;
    Call call = current;
    if (call != null) {
      call.cancel();
    }
    Runnable hook = onClose;
    if (hook != null) {
      hook.run();
    }
  }

  /** Cancels the attempt in flight, so its connection is dropped rather than drained. */
  void cancelAttempt() {
    Call call = current;
    if (call != null) {
      call.cancel();
    }
  }

  /** Whether the client was closed while this call was running. */
  boolean isClosedByClient() {
    return closedByClient;
  }

  /** Sets what {@link #closeByClient()} runs besides cancelling the attempt. */
  void onClose(Runnable hook) {
    this.onClose = hook;
    if (closedByClient) {
      hook.run();
    }
  }

  /**
   * {@code retry} when the call timeout leaves time for its wait, otherwise {@code outOfTime}: a
   * call out of time stops retrying.
   */
  Outcome<T> retryWithin(Outcome<T> retry, java.util.function.Supplier<Outcome<T>> outOfTime) {
    if (closedByClient) {
      return Failures.closed(this);
    }
    return retry.retryAfter.toMillis() < remainingMillis() ? retry : outOfTime.get();
  }

  private long remainingMillis() {
    return deadlineMillis - options.clock().millis();
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

  /** Whether an earlier attempt of this call may have been acted on by the server. */
  boolean mayHaveActed() {
    return mayHaveActed;
  }

  /** Notes that the current attempt, about to be retried, may have been acted on. */
  void markMayHaveActed() {
    mayHaveActed = true;
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

  /** Logs the call's INFO line and returns {@code outcome}. */
  Outcome<T> finish(Outcome<T> outcome, String summary) {
    if (log.infoEnabled()) {
      log.call(apiRequest.toString(), summary, attempt, System.nanoTime() - startNanos);
    }
    return outcome;
  }

  /** Records that the current attempt failed with {@code failure} (a short description). */
  void recordFailure(String failure) {
    attempts.add(Attempt.ofFailure(attempt, failure, elapsed(attemptStartNanos)));
  }

  /** {@code 1 attempt}, {@code 3 attempts}: the attempts so far, for messages. */
  String attemptCount() {
    return attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts");
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
