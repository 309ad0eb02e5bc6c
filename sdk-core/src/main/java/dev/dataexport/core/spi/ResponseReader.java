package dev.dataexport.core.spi;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.DataExportException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.ResponseDecoder.RawResponse;
import dev.dataexport.core.spi.RetryRules.Outcome;
import dev.dataexport.core.spi.VendorProfile.ErrorBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Turns a response into an {@link Outcome}: a 2xx is read and decoded into an {@link ApiResponse};
 * any other status is read up to a bound, and either retried (per {@link RetryRules}) or turned
 * into the typed {@link ApiException} of the status table, with code, message, request id and a
 * bounded, scrubbed copy of the body. Stateless.
 */
final class ResponseReader {
  /** At most this much of an error body is read. */
  private static final int MAX_ERROR_BODY = 1 << 20;

  /** At most this much of a body is kept in an exception. */
  private static final int MAX_BODY_COPY = 8 * 1024;

  private static final int MAX_SNIPPET = 200;
  private static final int MAX_MASKED_BYTES = 1 << 20;

  private ResponseReader() {}

  /** Classifies {@code response} of the current attempt of {@code exchange}; always closes it. */
  static <T> Outcome<T> read(Exchange<T> exchange, Response response) {
    try (response) {
      int status = response.code();
      ResponseBody body = response.body();
      ResponseHeaders headers = exchange.redaction.headers(response.headers());
      if (status >= 200 && status < 300) {
        ResponseBytes bytes;
        try {
          bytes = ResponseBytes.read(body, exchange.options.maxResponseBytes());
        } catch (ResponseBytes.TooLarge e) {
          // Cancel before the body is closed: OkHttp would otherwise read the rest of a body of
          // declared length to keep the connection for reuse.
          exchange.cancelAttempt();
          exchange.recordStatus(status);
          return exchange.finish(
              Outcome.failure(invalid(exchange, status, new byte[0], e.getMessage(), null)),
              status,
              " too large");
        } catch (IOException e) {
          return Failures.onFailure(exchange, e, false);
        }
        try {
          exchange.recordStatus(status);
          if (exchange.log.debugEnabled()) {
            exchange.log.response(
                exchange.apiRequest.toString(),
                status,
                response.headers(),
                bytes.bytes(),
                exchange.redaction);
          }
          return decode(exchange, status, headers, bytes);
        } finally {
          bytes.release();
        }
      }
      byte[] bytes = readBounded(body);
      exchange.recordStatus(status);
      if (exchange.log.debugEnabled()) {
        exchange.log.response(
            exchange.apiRequest.toString(), status, response.headers(), bytes, exchange.redaction);
      }
      if (status == 404
          && exchange.apiRequest.notFoundAfterRetryIsDone()
          && exchange.mayHaveActed) {
        // An earlier attempt may have deleted it: the 404 is that attempt's success.
        return decode(exchange, status, headers, ResponseBytes.of(bytes));
      }
      Duration serverWait =
          RetryRules.serverWait(status, headers, exchange.options.clock(), exchange.vendor);
      boolean withinCap =
          serverWait == null
              || serverWait.compareTo(exchange.options.retryPolicy().maxRetryWait()) <= 0;
      java.util.function.Supplier<Outcome<T>> failure =
          () ->
              exchange.finish(
                  Outcome.failure(apiException(exchange, status, headers, bytes, serverWait)),
                  status,
                  "");
      if (RetryRules.retryableStatus(status, exchange.apiRequest.safeToRepeat())
          && exchange.mayRetry()
          && withinCap) {
        if (status != 429 && status != 503) {
          exchange.mayHaveActed = true; // 408, 500, 502, 504: the server may have acted first
        }
        return exchange.retryWithin(
            serverWait != null ? Outcome.retry(serverWait) : exchange.retryWithBackoff(), failure);
      }
      return failure.get();
    }
  }

  private static <T> Outcome<T> decode(
      Exchange<T> exchange, int status, ResponseHeaders headers, ResponseBytes bytes) {
    T value;
    try {
      value = exchange.decoder.decode(new RawResponse(status, headers, bytes, exchange));
    } catch (DataExportException e) {
      return exchange.finish(Outcome.failure(e), status, " error");
    } catch (IOException | RuntimeException e) {
      String what = "could not decode the response: " + exchange.redaction.describe(e);
      return exchange.finish(
          Outcome.failure(invalid(exchange, status, bytes.bytes(), what, e)),
          status,
          " undecodable");
    }
    if (value == null) {
      String what = "the response has no JSON value";
      return exchange.finish(
          Outcome.failure(invalid(exchange, status, bytes.bytes(), what, null)), status, " empty");
    }
    ApiResponse<T> response =
        new ApiResponse<>(
            status,
            headers,
            requestId(exchange.vendor, headers),
            Collections.unmodifiableList(exchange.attempts),
            value);
    return exchange.finish(Outcome.success(response), status, "");
  }

  private static InvalidResponseException invalid(
      Exchange<?> exchange, int status, byte[] bytes, String what, Throwable cause) {
    // Secret fields are masked in the whole body first: a cut one would no longer parse.
    String whole =
        bytes.length <= MAX_MASKED_BYTES ? exchange.log.maskSecretFields(text(bytes)) : null;
    String snippet =
        exchange.redaction.scrub(
            whole == null
                ? text(bytes, MAX_SNIPPET)
                : whole.substring(0, Math.min(whole.length(), MAX_SNIPPET)));
    return new InvalidResponseException(
        exchange.apiRequest + ": " + what,
        status,
        snippet,
        exchange.attempts,
        exchange.redaction.safeCause(cause));
  }

  private static ApiException apiException(
      Exchange<?> exchange, int status, ResponseHeaders headers, byte[] bytes, Duration wait) {
    ErrorBody parsed;
    try {
      parsed = exchange.vendor.errorParser().parse(status, headers, bytes);
    } catch (IOException | RuntimeException unreadable) {
      parsed = null; // an HTML page from a proxy, say: no code, no message
    }
    if (parsed == null) {
      parsed = ErrorBody.empty();
    }
    return apiException(exchange, status, headers, bytes, wait, parsed.code(), parsed.message());
  }

  /** The typed exception of a response, its texts scrubbed. */
  static ApiException apiException(
      Exchange<?> exchange,
      int status,
      ResponseHeaders headers,
      byte[] bytes,
      Duration retryAfter,
      String code,
      String message) {
    Redaction redaction = exchange.redaction;
    return ApiException.of(
        new ApiException.Details(
            exchange.apiRequest.toString(),
            status,
            redaction.scrub(code),
            redaction.scrub(message),
            requestId(exchange.vendor, headers),
            headers,
            redaction.scrub(text(bytes, MAX_BODY_COPY)),
            exchange.attempts,
            retryAfter));
  }

  private static String requestId(VendorProfile vendor, ResponseHeaders headers) {
    for (String name : vendor.requestIdHeaders()) {
      Optional<String> value = headers.first(name);
      if (value.isPresent()) {
        return value.get();
      }
    }
    return null;
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

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String text(byte[] bytes, int maxChars) {
    String text =
        new String(bytes, 0, Math.min(bytes.length, maxChars * 4), StandardCharsets.UTF_8);
    return text.length() > maxChars ? text.substring(0, maxChars) : text;
  }
}
