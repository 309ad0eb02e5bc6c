package dev.dataexport.core.spi;

import dev.dataexport.core.CallListener;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.RetryRules.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
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
  private final InFlight inFlight;
  private final Request request;
  final InFlight.Tracker tracker = new InFlight.Tracker();
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

  /** The call's listeners, or null when the client has none: then no event is ever created. */
  private final CallEvents events;

  /** A blocking call's exchange. */
  Exchange(
      Transport transport,
      ApiRequest apiRequest,
      Request request,
      ResponseDecoder<T> decoder,
      int maxRetries,
      Duration callTimeout,
      Duration attemptTimeout,
      Redaction redaction) {
    this(
        transport,
        apiRequest,
        request,
        decoder,
        maxRetries,
        callTimeout,
        attemptTimeout,
        redaction,
        false);
  }

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
            : CallEvents.start(
                options, vendor.name(), apiRequest, async, transport.failedListeners, redaction);
  }

  /** Creates the OkHttp call of the next attempt. */
  Call nextCall() {
    attempt++;
    tracker.start(attempt);
    attemptStartNanos = System.nanoTime();
    Request toSend = events == null ? request : events.attemptStart(attempt, request, redaction);
    if (log.debugEnabled()) {
      log.request(apiRequest.toString(), attempt, toSend.headers(), apiRequest.body());
    }
    Call call = http.newCall(toSend);
    long remaining = remainingMillis();
    attemptLimitedByCall = remaining < attemptTimeout.toMillis();
    inFlight.register(
        call,
        tracker,
        attemptLimitedByCall
            ? TimeUnit.MILLISECONDS.toNanos(Math.max(1, remaining))
            : attemptTimeout.toNanos());
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
    if (retry.retryAfter.toMillis() >= remainingMillis()) {
      return outOfTime.get();
    }
    if (events != null) {
      events.retry(attempts.get(attempts.size() - 1), retry.retryAfter, redaction);
    }
    return retry;
  }

  /** Tells the listeners that the call ended, with {@code error} or (when null) a value. */
  void ended(Throwable error) {
    if (events != null) {
      events.end(error, attempt, attempts, redaction);
    }
  }

  private long remainingMillis() {
    return deadlineMillis - options.clock().millis();
  }

  /** Forgets {@code call} once it has finished (or will never run). */
  void release(Call call) {
    inFlight.release(call);
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
    Attempt ended = Attempt.ofStatus(attempt, status, elapsed(attemptStartNanos));
    attempts.add(ended);
    if (events != null) {
      events.attemptEnd(ended, redaction);
    }
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
    Attempt ended = Attempt.ofFailure(attempt, failure, elapsed(attemptStartNanos));
    attempts.add(ended);
    if (events != null) {
      events.attemptEnd(ended, redaction);
    }
  }

  /** {@code 1 attempt}, {@code 3 attempts}: the attempts so far, for messages. */
  String attemptCount() {
    return attempts.size() + (attempts.size() == 1 ? " attempt" : " attempts");
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  /**
   * The listeners of one call: creates the events and hands them to each listener's observer,
   * catching what a listener throws (logged once per client and listener, its message scrubbed).
   * Exists only for a client with listeners; events after the call's end are dropped.
   */
  static final class CallEvents {
    private static final System.Logger LOG = System.getLogger(HttpLog.LOGGER_NAME);

    private final CallListener[] listeners;
    private final CallListener.Observer[] observers;
    private final Set<CallListener> failed;
    private final String vendor;
    private final String credentialHeader;
    private final long startNanos = System.nanoTime();
    private volatile boolean ended;

    private CallEvents(
        CallListener[] listeners, Set<CallListener> failed, String vendor, String credential) {
      this.listeners = listeners;
      this.observers = new CallListener.Observer[listeners.length];
      this.failed = failed;
      this.vendor = vendor;
      this.credentialHeader = credential;
    }

    static CallEvents start(
        ClientOptions options,
        String vendor,
        ApiRequest request,
        boolean async,
        Set<CallListener> failed,
        Redaction redaction) {
      CallListener[] listeners = options.listeners().toArray(new CallListener[0]);
      CallEvents events =
          new CallEvents(listeners, failed, vendor, options.credentials().headerName());
      CallListener.CallStart start =
          new CallListener.CallStart(
              vendor,
              request.operation(),
              request.method().name(),
              request.pathTemplate(),
              options.baseUrl().host(),
              options.baseUrl().port(),
              async);
      for (int i = 0; i < listeners.length; i++) {
        CallListener.Observer observer = null;
        try {
          observer = listeners[i].onCallStart(start);
        } catch (RuntimeException e) {
          events.failed(i, "onCallStart", e, redaction);
        }
        events.observers[i] = observer == null ? CallListener.Observer.NONE : observer;
      }
      return events;
    }

    /** Tells the observers that {@code attempt} starts; returns the request with their headers. */
    Request attemptStart(int attempt, Request request, Redaction redaction) {
      if (ended) {
        return request;
      }
      CallListener.AttemptStart event = new CallListener.AttemptStart(attempt);
      Request.Builder[] added = new Request.Builder[1];
      for (int i = 0; i < observers.length; i++) {
        try {
          observers[i].onAttemptStart(event);
        } catch (RuntimeException e) {
          failed(i, "onAttemptStart", e, redaction);
        }
        try {
          observers[i].headers(
              event,
              (name, value) -> {
                if (name != null && name.equalsIgnoreCase(credentialHeader)) {
                  throw new IllegalArgumentException(
                      "header " + name + " is the credential header: dropped");
                }
                Checks.header(name, value);
                if (added[0] == null) {
                  added[0] = request.newBuilder();
                }
                added[0].header(name, value);
              });
        } catch (RuntimeException e) {
          failed(i, "headers", e, redaction);
        }
      }
      return added[0] == null ? request : added[0].build();
    }

    void attemptEnd(Attempt attempt, Redaction redaction) {
      if (ended) {
        return;
      }
      CallListener.AttemptEnd event =
          new CallListener.AttemptEnd(
              attempt.number(),
              attempt.status().isPresent()
                  ? OptionalInt.of(attempt.status().get())
                  : OptionalInt.empty(),
              attempt.failure().map(CallEvents::kind),
              attempt.duration());
      for (int i = 0; i < observers.length; i++) {
        try {
          observers[i].onAttemptEnd(event);
        } catch (RuntimeException e) {
          failed(i, "onAttemptEnd", e, redaction);
        }
      }
    }

    void retry(Attempt last, Duration wait, Redaction redaction) {
      if (ended) {
        return;
      }
      String reason =
          last.status().map(s -> "HTTP " + s).orElseGet(() -> kind(last.failure().get()));
      CallListener.RetryScheduled retry =
          new CallListener.RetryScheduled(last.number(), reason, wait);
      boolean rateLimited = last.status().orElse(0) == 429;
      for (int i = 0; i < observers.length; i++) {
        try {
          observers[i].onRetryScheduled(retry);
        } catch (RuntimeException e) {
          failed(i, "onRetryScheduled", e, redaction);
        }
        try {
          if (rateLimited) {
            observers[i].onRateLimitWait(new CallListener.RateLimitWait(last.number(), wait));
          }
        } catch (RuntimeException e) {
          failed(i, "onRateLimitWait", e, redaction);
        }
      }
    }

    void end(Throwable error, int count, List<Attempt> attempts, Redaction redaction) {
      if (ended) {
        return;
      }
      ended = true;
      Throwable cause =
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
      OptionalInt status = OptionalInt.empty();
      try {
        int size = attempts.size();
        Optional<Integer> last = size == 0 ? Optional.empty() : attempts.get(size - 1).status();
        status = last.isPresent() ? OptionalInt.of(last.get()) : status;
      } catch (RuntimeException racedWithClose) {
        // the client closed while an attempt was being recorded: no status to report
      }
      CallListener.CallEnd event =
          new CallListener.CallEnd(
              outcome(cause),
              status,
              count,
              Duration.ofNanos(System.nanoTime() - startNanos),
              cause == null || cause instanceof CancellationException
                  ? Optional.empty()
                  : Optional.of(cause.getClass().getName()));
      for (int i = 0; i < observers.length; i++) {
        try {
          observers[i].onCallEnd(event);
        } catch (RuntimeException e) {
          failed(i, "onCallEnd", e, redaction);
        }
      }
    }

    private static CallListener.Outcome outcome(Throwable error) {
      if (error == null) {
        return CallListener.Outcome.SUCCESS;
      } else if (error instanceof CancellationException) {
        return CallListener.Outcome.CANCELLED;
      } else if (error instanceof ApiConnectionException.ClientClosed) {
        return CallListener.Outcome.CLIENT_CLOSED;
      } else if (error instanceof ApiConnectionException.Timeout) {
        return CallListener.Outcome.TIMEOUT;
      } else if (error instanceof ApiConnectionException) {
        return CallListener.Outcome.CONNECTION_ERROR;
      } else if (error instanceof ApiException) {
        return CallListener.Outcome.API_ERROR;
      } else if (error instanceof InvalidResponseException) {
        return CallListener.Outcome.INVALID_RESPONSE;
      }
      return CallListener.Outcome.FAILED;
    }

    /**
     * The fixed part of an attempt's failure ({@code connect failed: <detail>}): {@code timeout}
     * for every time limit, so the text names no host, limit or message.
     */
    static String kind(String failure) {
      int colon = failure.indexOf(':');
      String kind = colon < 0 ? failure : failure.substring(0, colon);
      return kind.contains("timeout") ? "timeout" : kind;
    }

    private void failed(int index, String method, RuntimeException e, Redaction redaction) {
      CallListener listener = listeners[index];
      if (failed.add(listener) && LOG.isLoggable(System.Logger.Level.WARNING)) {
        String what = redaction.describe(e);
        LOG.log(
            System.Logger.Level.WARNING,
            vendor
                + " call listener "
                + listener.getClass().getName()
                + " failed in "
                + method
                + " (ignored; logged once per client and listener): "
                + what);
      }
    }
  }
}
