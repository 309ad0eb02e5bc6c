package dev.dataexport.core.spi;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.spi.RetryRules.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * One call in flight: creates each attempt's OkHttp call with its time limit ({@link InFlight}),
 * keeps the attempt history and the close state, and tells the listeners ({@link CallEvents}).
 * {@link Failures} turns transport failures into an {@link Outcome}, {@link ResponseReader} turns
 * responses into one. Used by both the blocking and the async path of {@link Sender}; attempts run
 * one at a time.
 */
final class Exchange<T> {
  final ClientOptions options;
  final VendorProfile vendor;
  final HttpLog log;
  final ApiRequest apiRequest;
  final ResponseDecoder<T> decoder;
  final Redaction redaction;
  final List<Attempt> attempts = new ArrayList<>(2);
  final InFlight.Tracker tracker = new InFlight.Tracker();
  final Duration callTimeout;
  final Duration attemptTimeout;
  private final OkHttpClient http;
  private final InFlight inFlight;
  private final Request request;
  private final int maxRetries;
  private final long deadlineMillis;
  private final long startNanos = System.nanoTime();
  private int attempt;
  private long attemptStartNanos;

  /** Whether the current attempt's limit is what is left of the call timeout, not its own. */
  boolean attemptLimitedByCall;

  /**
   * Whether an earlier attempt may have reached the server and acted (a retried 5xx, a drop): set
   * by the layers that decide a retry, read by the decode layer for a delete's 404.
   */
  boolean mayHaveActed;

  private volatile Call current;
  private volatile boolean closedByClient;
  private volatile Runnable onClose;

  /** The call's listeners, or null when the client has none: then no event is ever created. */
  private final CallEvents events;

  Exchange(
      Transport transport,
      ApiRequest apiRequest,
      Request request,
      ResponseDecoder<T> decoder,
      int maxRetries,
      Duration callTimeout,
      Duration attemptTimeout,
      Redaction redaction,
      boolean async) {
    this.options = transport.options();
    this.vendor = transport.vendor;
    this.log = transport.log;
    this.http = transport.http;
    this.inFlight = transport.inFlight;
    this.apiRequest = apiRequest;
    this.request = request;
    this.decoder = decoder;
    this.maxRetries = maxRetries;
    this.callTimeout = callTimeout;
    this.attemptTimeout = attemptTimeout;
    this.deadlineMillis = options.clock().millis() + callTimeout.toMillis();
    this.redaction = redaction;
    this.events =
        options.listeners().isEmpty()
            ? null
            : CallEvents.start(options, vendor.name(), apiRequest, async, transport, redaction);
  }

  /** Creates the OkHttp call of the next attempt, tracked until {@link #release(Call)}. */
  Call nextCall() {
    attempt++;
    tracker.start(attempt);
    attemptStartNanos = System.nanoTime();
    Request toSend = events == null ? request : events.attemptStart(attempt, request);
    if (log.debugEnabled()) {
      log.request(apiRequest.toString(), attempt, toSend.headers(), apiRequest.body());
    }
    Call call = http.newCall(toSend);
    long remaining = deadlineMillis - options.clock().millis();
    attemptLimitedByCall = remaining < attemptTimeout.toMillis();
    long limitNanos =
        attemptLimitedByCall
            ? TimeUnit.MILLISECONDS.toNanos(Math.max(1, remaining))
            : attemptTimeout.toNanos();
    inFlight.register(call, tracker, limitNanos);
    current = call;
    if (closedByClient) {
      call.cancel(); // closed between the caller's check and publishing the call
    }
    return call;
  }

  /** Forgets {@code call} once it has finished (or will never run). */
  void release(Call call) {
    inFlight.release(call);
  }

  /**
   * Stops the call because its client is closing: cancels the attempt in flight and runs the hook
   * the async path set (it completes the future at once). Later outcomes are {@code closed}.
   */
  void closeByClient() {
    closedByClient = true;
    cancelAttempt();
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

  /** {@code retry} when the call has time left for its wait, else {@code outOfTime}. */
  Outcome<T> retryWithin(Outcome<T> retry, Supplier<Outcome<T>> outOfTime) {
    if (closedByClient) {
      return Failures.closed(this);
    }
    if (retry.retryAfter.toMillis() >= deadlineMillis - options.clock().millis()) {
      return outOfTime.get(); // a call out of time stops retrying
    }
    if (events != null) {
      events.retry(attempts.get(attempts.size() - 1), retry.retryAfter);
    }
    return retry;
  }

  /** A retry after the policy's backoff for the current attempt. */
  Outcome<T> retryWithBackoff() {
    return Outcome.retry(RetryRules.backoff(options.retryPolicy(), attempt));
  }

  /** Tells the listeners that the call ended, with {@code error} or (when null) a value. */
  void ended(Throwable error) {
    if (events != null) {
      events.end(error, attempt, attempts);
    }
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
    record(
        Attempt.ofStatus(attempt, status, Duration.ofNanos(System.nanoTime() - attemptStartNanos)));
  }

  /** Records that the current attempt failed with {@code failure} (a short description). */
  void recordFailure(String failure) {
    record(
        Attempt.ofFailure(
            attempt, failure, Duration.ofNanos(System.nanoTime() - attemptStartNanos)));
  }

  private void record(Attempt ended) {
    attempts.add(ended);
    if (events != null) {
      events.attemptEnd(ended);
    }
  }

  /** Logs the call's INFO line and returns {@code outcome}. */
  Outcome<T> finish(Outcome<T> outcome, String summary) {
    if (log.infoEnabled()) {
      log.call(apiRequest.toString(), summary, attempt, System.nanoTime() - startNanos);
    }
    return outcome;
  }

  /**
   * {@link #finish(Outcome, String)} with the summary {@code "HTTP <status><detail>"}, written only
   * when the INFO line is: a call that logs nothing builds no text.
   */
  Outcome<T> finish(Outcome<T> outcome, int status, String detail) {
    return log.infoEnabled() ? finish(outcome, "HTTP " + status + detail) : outcome;
  }
}
