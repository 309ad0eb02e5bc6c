package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiError;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.ApiTimeoutException;
import dev.dataexport.core.errors.Attempt;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.internal.AttemptTracker;
import dev.dataexport.core.internal.CallTrackers;
import dev.dataexport.core.internal.HttpLog;
import dev.dataexport.core.internal.RetryAfter;
import dev.dataexport.core.internal.Scrubber;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One call in flight: sends attempts, classifies each response or failure into an {@link Outcome},
 * and keeps the attempt history. Used by both the blocking and the async path; attempts run one at
 * a time.
 */
final class Exchange<T> {
  /** At most this much of an error body is read. */
  private static final int MAX_ERROR_BODY = 1 << 20;

  /** At most this much of a body is kept in an exception. */
  private static final int MAX_BODY_COPY = 8 * 1024;

  private static final int MAX_SNIPPET = 200;

  private final ClientOptions options;
  private final VendorProfile vendor;
  private final HttpLog log;
  private final OkHttpClient http;
  private final CallTrackers trackers;
  private final ApiRequest apiRequest;
  private final Request request;
  private final ResponseDecoder<T> decoder;
  private final AttemptTracker tracker;
  private final int maxRetries;
  private final Duration timeout;
  private final Scrubber scrubber;
  private final long startNanos = System.nanoTime();
  private final List<Attempt> attempts = new ArrayList<>(2);
  private int attempt;
  private long attemptStartNanos;

  Exchange(
      ClientOptions options,
      VendorProfile vendor,
      HttpLog log,
      OkHttpClient http,
      CallTrackers trackers,
      ApiRequest apiRequest,
      Request request,
      AttemptTracker tracker,
      ResponseDecoder<T> decoder,
      int maxRetries,
      Duration timeout,
      Scrubber scrubber) {
    this.options = options;
    this.vendor = vendor;
    this.log = log;
    this.http = http;
    this.trackers = trackers;
    this.apiRequest = apiRequest;
    this.request = request;
    this.tracker = tracker;
    this.decoder = decoder;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.scrubber = scrubber;
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
      call.timeout().timeout(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
    }
    trackers.register(call, tracker);
    return call;
  }

  /**
   * Forgets {@code call} once it has finished (or will never run); the attempt's tracker keeps its
   * verdict.
   */
  void release(Call call) {
    trackers.release(call);
  }

  /** Classifies a response; always closes it. */
  Outcome<T> onResponse(Response response) {
    try (response) {
      int status = response.code();
      ResponseBody body = response.body();
      ResponseHeaders headers = ResponseHeaders.wrap(response.headers());
      if (status >= 200 && status < 300) {
        ResponseBytes bytes;
        try {
          bytes = ResponseBytes.read(body);
        } catch (IOException e) {
          return onFailure(e, false);
        }
        try {
          attempts.add(Attempt.ofStatus(attempt, status, elapsed(attemptStartNanos)));
          if (log.debugEnabled()) {
            log.response(
                apiRequest.toString(), status, response.headers(), bytes.bytes(), scrubber);
          }
          return decode(status, headers, bytes);
        } finally {
          bytes.release();
        }
      }
      byte[] bytes = readBounded(body);
      attempts.add(Attempt.ofStatus(attempt, status, elapsed(attemptStartNanos)));
      if (log.debugEnabled()) {
        log.response(apiRequest.toString(), status, response.headers(), bytes, scrubber);
      }
      Duration serverWait = serverWait(status, headers);
      boolean retryable =
          status == 429
              || status == 503
              || (apiRequest.safeToRepeat()
                  && (status == 408 || status == 500 || status == 502 || status == 504));
      boolean withinCap =
          serverWait == null || serverWait.compareTo(options.retryPolicy().maxRetryWait()) <= 0;
      if (retryable && attempt <= maxRetries && withinCap) {
        return Outcome.retry(serverWait != null ? serverWait : backoff());
      }
      return finish(
          Outcome.failure(apiException(status, headers, bytes, serverWait)), "HTTP " + status);
    }
  }

  /**
   * Classifies a transport failure; {@code beforeResponse} is false when the body broke off
   * mid-read.
   */
  Outcome<T> onFailure(IOException e, boolean beforeResponse) {
    boolean timedOut =
        e instanceof SocketTimeoutException
            || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
    // The network interceptor runs once a connection exists: before that, nothing of the request
    // was sent.
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
    // A change that was never sent is safe to send again; one that may have arrived only if it is
    // safe to repeat.
    if (!interrupted && attempt <= maxRetries && (!sent || apiRequest.safeToRepeat())) {
      return Outcome.retry(backoff());
    }
    String message =
        apiRequest
            + (timedOut ? " timed out" : " failed (" + kind + "): " + describe(e))
            + " after "
            + attempts.size()
            + (attempts.size() == 1 ? " attempt" : " attempts")
            + (sent && !apiRequest.safeToRepeat() && attempt <= maxRetries && !interrupted
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
                apiRequest
                    + " interrupted while waiting to retry after "
                    + attempts.size()
                    + (attempts.size() == 1 ? " attempt" : " attempts"),
                attempts,
                e)),
        "interrupted");
  }

  private Outcome<T> decode(int status, ResponseHeaders headers, ResponseBytes bytes) {
    String requestId = requestId(headers);
    T value;
    try {
      value =
          decoder.decode(
              new RawResponse(
                  status,
                  headers,
                  bytes,
                  (code, message) ->
                      apiException(status, headers, bytes.bytes(), null, code, message)));
    } catch (DataExportException e) {
      return finish(Outcome.failure(e), "HTTP " + status + " error");
    } catch (IOException | RuntimeException e) {
      return finish(
          Outcome.failure(
              invalid(status, bytes.bytes(), "could not decode the response: " + describe(e), e)),
          "HTTP " + status + " undecodable");
    }
    if (value == null) {
      return finish(
          Outcome.failure(invalid(status, bytes.bytes(), "the response has no JSON value", null)),
          "HTTP " + status + " empty");
    }
    return finish(
        Outcome.success(
            new ApiResponse<>(
                status, headers, requestId, Collections.unmodifiableList(attempts), value)),
        "HTTP " + status);
  }

  private InvalidResponseException invalid(int status, byte[] bytes, String what, Throwable cause) {
    String snippet = scrubber.scrub(text(bytes, MAX_SNIPPET));
    return new InvalidResponseException(
        apiRequest + ": " + what, status, snippet, attempts, safeCause(cause));
  }

  private ApiException apiException(
      int status, ResponseHeaders headers, byte[] bytes, Duration retryAfter) {
    ErrorBody parsed;
    try {
      parsed = vendor.errorParser().parse(status, headers, bytes);
    } catch (IOException | RuntimeException unreadable) {
      parsed = null; // an HTML page from a proxy, say: no code, no message
    }
    if (parsed == null) {
      parsed = ErrorBody.empty();
    }
    return apiException(status, headers, bytes, retryAfter, parsed.code(), parsed.message());
  }

  private ApiException apiException(
      int status,
      ResponseHeaders headers,
      byte[] bytes,
      Duration retryAfter,
      String code,
      String message) {
    return ApiException.of(
        new ApiError(
            apiRequest.toString(),
            status,
            scrubber.scrub(code),
            scrubber.scrub(message),
            requestId(headers),
            headers,
            scrubber.scrub(text(bytes, MAX_BODY_COPY)),
            attempts,
            retryAfter));
  }

  private Duration serverWait(int status, ResponseHeaders headers) {
    Optional<Duration> wait = RetryAfter.parse(headers, options.clock());
    if (wait.isEmpty() && status == 429) {
      wait = vendor.rateLimitWait().waitFor(headers, options.clock());
    }
    return wait.orElse(null);
  }

  private Duration backoff() {
    return options.retryPolicy().backoff(attempt, ThreadLocalRandom.current().nextDouble());
  }

  private String requestId(ResponseHeaders headers) {
    for (String name : vendor.requestIdHeaders()) {
      Optional<String> value = headers.first(name);
      if (value.isPresent()) {
        return value.get();
      }
    }
    return null;
  }

  private Outcome<T> finish(Outcome<T> outcome, String summary) {
    if (log.infoEnabled()) {
      log.call(apiRequest.toString(), summary, attempt, System.nanoTime() - startNanos);
    }
    return outcome;
  }

  private String describe(Throwable e) {
    String message = e.getMessage();
    return scrubber.scrub(
        e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")"));
  }

  /**
   * The cause to attach, or null when a message in its chain holds a credential or body secret (a
   * decoder's message can quote the body); the scrubbed description is already in our message.
   */
  private Throwable safeCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.equals(scrubber.scrub(message))) {
        return null;
      }
    }
    return cause;
  }

  private static byte[] readBounded(ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY);
      return source.getBuffer().readByteArray(Math.min(source.getBuffer().size(), MAX_ERROR_BODY));
    } catch (IOException e) {
      return new byte[0]; // the error status is what matters; a broken error body is not
    }
  }

  private static String text(byte[] bytes, int maxChars) {
    String text =
        new String(bytes, 0, Math.min(bytes.length, maxChars * 4), StandardCharsets.UTF_8);
    return text.length() > maxChars ? text.substring(0, maxChars) : text;
  }

  private static Duration elapsed(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
