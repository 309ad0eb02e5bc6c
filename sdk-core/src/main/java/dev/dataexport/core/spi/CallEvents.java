package dev.dataexport.core.spi;

import dev.dataexport.core.CallListener;
import dev.dataexport.core.CallListener.Observer;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.InvalidResponseException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import okhttp3.Request;

/**
 * The listen layer: the {@link CallListener} events of one call (start, attempt start and end,
 * retry, rate-limit wait, end), handed to each listener's observer. What a listener throws is
 * caught and logged once per client and listener, its message scrubbed; headers a listener adds to
 * an attempt (trace context) are checked and never replace the credential. Exists only for a client
 * with listeners; events after the call's end are dropped.
 */
final class CallEvents {
  private static final System.Logger LOG = System.getLogger(HttpLog.LOGGER_NAME);

  private final CallListener[] listeners;
  private final Observer[] observers;
  private final Set<CallListener> failed;
  private final String vendor;
  private final String credentialHeader;
  private final Redaction redaction;
  private final long startNanos = System.nanoTime();
  private volatile boolean ended;

  private CallEvents(
      ClientOptions options, String vendor, Set<CallListener> failed, Redaction redaction) {
    this.listeners = options.listeners().toArray(new CallListener[0]);
    this.observers = new Observer[listeners.length];
    this.failed = failed;
    this.vendor = vendor;
    this.credentialHeader = options.credentials().headerName();
    this.redaction = redaction;
  }

  /** Starts the events of a call: each listener's {@code onCallStart} gives its observer. */
  static CallEvents start(
      ClientOptions options,
      String vendor,
      ApiRequest request,
      boolean async,
      Transport transport,
      Redaction redaction) {
    CallEvents events = new CallEvents(options, vendor, transport.failedListeners, redaction);
    CallListener.CallStart start =
        new CallListener.CallStart(
            vendor,
            request.operation(),
            request.method().name(),
            request.pathTemplate(),
            options.baseUrl().host(),
            options.baseUrl().port(),
            async);
    for (int i = 0; i < events.listeners.length; i++) {
      Observer observer = null;
      try {
        observer = events.listeners[i].onCallStart(start);
      } catch (RuntimeException e) {
        events.failed(i, "onCallStart", e);
      }
      events.observers[i] = observer == null ? Observer.NONE : observer;
    }
    return events;
  }

  /** Tells the observers that {@code attempt} starts; returns the request with their headers. */
  Request attemptStart(int attempt, Request request) {
    if (ended) {
      return request;
    }
    CallListener.AttemptStart event = new CallListener.AttemptStart(attempt);
    Request.Builder[] added = new Request.Builder[1];
    BiConsumer<String, String> sink =
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
        };
    each(
        "onAttemptStart",
        observer -> observer.onAttemptStart(event),
        "headers",
        observer -> observer.headers(event, sink));
    return added[0] == null ? request : added[0].build();
  }

  /** Tells the observers that an attempt ended, with a status or a failure. */
  void attemptEnd(Attempt attempt) {
    if (ended) {
      return;
    }
    Optional<Integer> status = attempt.status();
    CallListener.AttemptEnd event =
        new CallListener.AttemptEnd(
            attempt.number(),
            status.isPresent() ? OptionalInt.of(status.get()) : OptionalInt.empty(),
            attempt.failure().map(Failures::kind),
            attempt.duration());
    each("onAttemptEnd", observer -> observer.onAttemptEnd(event));
  }

  /**
   * Tells the observers that a retry waits {@code wait} after {@code last}; a 429 is a rate limit.
   */
  void retry(Attempt last, Duration wait) {
    if (ended) {
      return;
    }
    String reason =
        last.status().map(s -> "HTTP " + s).orElseGet(() -> Failures.kind(last.failure().get()));
    CallListener.RetryScheduled retry =
        new CallListener.RetryScheduled(last.number(), reason, wait);
    boolean rateLimited = last.status().orElse(0) == 429;
    each(
        "onRetryScheduled",
        observer -> observer.onRetryScheduled(retry),
        "onRateLimitWait",
        observer -> {
          if (rateLimited) {
            observer.onRateLimitWait(new CallListener.RateLimitWait(last.number(), wait));
          }
        });
  }

  /** Tells the observers that the call ended, after {@code count} attempts; only once. */
  void end(Throwable error, int count, List<Attempt> attempts) {
    if (ended) {
      return;
    }
    ended = true;
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
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
    each("onCallEnd", observer -> observer.onCallEnd(event));
  }

  /** Runs {@code event} on every observer, each failure caught on its own. */
  private void each(String method, Consumer<Observer> event) {
    each(method, event, null, null);
  }

  /** Runs {@code first}, then {@code second} (unless null), observer by observer. */
  private void each(
      String firstMethod,
      Consumer<Observer> first,
      String secondMethod,
      Consumer<Observer> second) {
    for (int i = 0; i < observers.length; i++) {
      run(i, firstMethod, first);
      if (second != null) {
        run(i, secondMethod, second);
      }
    }
  }

  private void run(int index, String method, Consumer<Observer> event) {
    try {
      event.accept(observers[index]);
    } catch (RuntimeException e) {
      failed(index, method, e);
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

  private void failed(int index, String method, RuntimeException e) {
    CallListener listener = listeners[index];
    if (failed.add(listener) && LOG.isLoggable(System.Logger.Level.WARNING)) {
      LOG.log(
          System.Logger.Level.WARNING,
          vendor
              + " call listener "
              + listener.getClass().getName()
              + " failed in "
              + method
              + " (ignored; logged once per client and listener): "
              + redaction.describe(e));
    }
  }
}
