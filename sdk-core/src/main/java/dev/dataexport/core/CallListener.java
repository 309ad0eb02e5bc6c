package dev.dataexport.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * Observes the calls of a client: told when a call starts, it returns the {@link Observer} of that
 * call's attempts, retries, rate-limit waits and end. Registered with {@code
 * ClientBuilder.addListener} (several allowed, called in the order added). Events never carry a
 * credential, a body or a concrete id: the path is the call's template ({@code
 * /destinations/{destinationId}}). An exception a listener throws is logged once per client and
 * never changes the call. Without listeners no event is created. Implementations must be
 * thread-safe: calls of one client run concurrently, and an async call's events arrive on OkHttp's
 * threads.
 */
@FunctionalInterface
public interface CallListener {
  /**
   * Called once per call before its first attempt, on the calling thread (for async calls too);
   * returns what observes the rest of this call, {@link Observer#NONE} for nothing.
   */
  Observer onCallStart(CallStart call);

  /**
   * The events of one call after its start, in order: per attempt {@link #onAttemptStart}, {@link
   * #headers}, {@link #onAttemptEnd}, then {@link #onRetryScheduled} (and {@link #onRateLimitWait}
   * on a 429) before the next attempt; {@link #onCallEnd} exactly once. The events of one call
   * never overlap. Every method does nothing by default.
   */
  interface Observer {
    /** The observer that observes nothing. */
    Observer NONE = new Observer() {};

    /** An attempt is about to be sent. */
    default void onAttemptStart(AttemptStart attempt) {}

    /**
     * Adds headers to the attempt about to be sent, for example trace context ({@code
     * traceparent}); called right after {@link #onAttemptStart}. A header that is not a valid HTTP
     * header, or that names the credential header, is dropped (and logged), never sent.
     */
    default void headers(AttemptStart attempt, BiConsumer<String, String> headers) {}

    /** An attempt ended with a status or a transport failure. */
    default void onAttemptEnd(AttemptEnd attempt) {}

    /** The attempt that just ended will be followed by another after a delay. */
    default void onRetryScheduled(RetryScheduled retry) {}

    /** The call waits because the server rate-limited it (HTTP 429). */
    default void onRateLimitWait(RateLimitWait wait) {}

    /** The call ended: a value, a thrown exception, or a cancelled future. */
    default void onCallEnd(CallEnd end) {}
  }

  /**
   * A call is starting.
   *
   * @param vendor the vendor's name ({@code stigg}, {@code launchdarkly}, {@code prequel})
   * @param operation the call's name ({@code updateSelection}); {@code METHOD template} for a
   *     request built without one
   * @param method the HTTP method ({@code PATCH})
   * @param pathTemplate the path with each parameter as {@code {name}}, relative to the base URL
   *     ({@code /api/v1/data-export/destinations/{destinationId}})
   * @param serverAddress the base URL's host
   * @param serverPort the base URL's port
   * @param async whether the call was made with an {@code …Async} method
   */
  record CallStart(
      String vendor,
      String operation,
      String method,
      String pathTemplate,
      String serverAddress,
      int serverPort,
      boolean async) {
    /** Checks that no component is null. */
    public CallStart {
      Objects.requireNonNull(vendor, "vendor");
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathTemplate, "pathTemplate");
      Objects.requireNonNull(serverAddress, "serverAddress");
    }
  }

  /**
   * An attempt is about to be sent.
   *
   * @param attempt the attempt number, from 1
   */
  record AttemptStart(int attempt) {}

  /**
   * An attempt ended.
   *
   * @param attempt the attempt number, from 1
   * @param status the HTTP status received, empty when the attempt failed in transport
   * @param failure what failed in transport, a short fixed text ({@code timeout}, {@code connect
   *     failed}, {@code connection failed}, {@code response body broke off}, {@code interceptor
   *     failed}, {@code closed}); empty when a status was received
   * @param duration how long the attempt took
   */
  record AttemptEnd(int attempt, OptionalInt status, Optional<String> failure, Duration duration) {
    /** Checks that no component is null. */
    public AttemptEnd {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(failure, "failure");
      Objects.requireNonNull(duration, "duration");
    }
  }

  /**
   * A retry was decided.
   *
   * @param attempt the attempt that ended and is retried
   * @param reason why: {@code HTTP 503}, or the transport failure ({@code timeout}, {@code connect
   *     failed}, …)
   * @param delay how long the call waits before the next attempt
   */
  record RetryScheduled(int attempt, String reason, Duration delay) {
    /** Checks that no component is null. */
    public RetryScheduled {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(delay, "delay");
    }
  }

  /**
   * The call waits for a rate limit: the attempt received HTTP 429 and is retried.
   *
   * @param attempt the attempt that received the 429
   * @param delay how long the call waits: the server's {@code Retry-After} or reset header, else
   *     the policy's backoff
   */
  record RateLimitWait(int attempt, Duration delay) {
    /** Checks that no component is null. */
    public RateLimitWait {
      Objects.requireNonNull(delay, "delay");
    }
  }

  /**
   * A call ended.
   *
   * @param outcome how it ended
   * @param status the HTTP status of the last response (the success's, or the error's), empty when
   *     none was received
   * @param attempts the number of attempts sent
   * @param duration the call's whole time, attempts and waits included
   * @param errorType the class of the exception the call ended with ({@code
   *     dev.dataexport.core.errors.ApiException$NotFound}); empty on success
   */
  record CallEnd(
      Outcome outcome,
      OptionalInt status,
      int attempts,
      Duration duration,
      Optional<String> errorType) {
    /** Checks that no component is null. */
    public CallEnd {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(errorType, "errorType");
    }
  }

  /** How a call ended. */
  enum Outcome {
    /** A value was returned. */
    SUCCESS,
    /** The server answered with an error status ({@code ApiException}). */
    API_ERROR,
    /** A time limit ran out ({@code ApiConnectionException.Timeout}). */
    TIMEOUT,
    /** The connection failed ({@code ApiConnectionException}). */
    CONNECTION_ERROR,
    /** The response could not be read ({@code InvalidResponseException}). */
    INVALID_RESPONSE,
    /** The client was closed while the call ran ({@code ApiConnectionException.ClientClosed}). */
    CLIENT_CLOSED,
    /** The caller cancelled the async call's future. */
    CANCELLED,
    /** Anything else (an unexpected exception). */
    FAILED
  }
}
