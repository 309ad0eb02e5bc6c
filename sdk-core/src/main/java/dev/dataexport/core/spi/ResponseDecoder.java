package dev.dataexport.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * Turns a successful response into a value. A decoder may throw {@link IOException} or any runtime
 * exception for a body it cannot read; the pipeline turns those into an {@code
 * InvalidResponseException}.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {
  /** Decodes the response. */
  T decode(RawResponse response) throws IOException;

  /**
   * Reads the whole body as {@code type} with the core's mapper; the reader is built once and
   * reused.
   */
  static <T> ResponseDecoder<T> json(Class<T> type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> response.readJson(reader);
  }

  /** Reads the whole body as {@code type} (for generic types) with the core's mapper. */
  static <T> ResponseDecoder<T> json(JavaType type) {
    ObjectReader reader = Json.mapper().readerFor(type);
    return response -> response.readJson(reader);
  }

  /**
   * The decoder of a delete: {@link DeleteResult#goneOnRetry()} for the 404 that the pipeline
   * accepts on a retry (see {@link ApiRequest.Builder#notFoundAfterRetryIsDone}), else {@link
   * DeleteResult#deleted()}; the body is not read.
   */
  static ResponseDecoder<DeleteResult> deletion() {
    return response ->
        response.status() == 404 ? DeleteResult.goneOnRetry() : DeleteResult.deleted();
  }

  /**
   * A response as received, handed to a {@link ResponseDecoder}: status, headers and the whole
   * body. Valid only while the decoder runs (the pipeline then recycles the body's memory);
   * decoders must not keep it.
   */
  final class RawResponse {
    private final int status;
    private final ResponseHeaders headers;
    private final ResponseBytes body;
    private final BiFunction<String, String, ApiException> errorFactory;

    // Set instead of errorFactory by the pipeline: a lambda capturing the call was one object more
    // per decoded response.
    private final Exchange<?> exchange;

    /**
     * Creates a raw response; {@code errorFactory} builds an exception from a vendor code and
     * message.
     */
    public RawResponse(
        int status,
        ResponseHeaders headers,
        byte[] body,
        BiFunction<String, String, ApiException> errorFactory) {
      this(status, headers, ResponseBytes.of(body), errorFactory);
    }

    RawResponse(
        int status,
        ResponseHeaders headers,
        ResponseBytes body,
        BiFunction<String, String, ApiException> errorFactory) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.errorFactory = errorFactory;
      this.exchange = null;
    }

    /**
     * The response of {@code exchange}'s call, whose errors are made as the pipeline makes them.
     */
    RawResponse(int status, ResponseHeaders headers, ResponseBytes body, Exchange<?> exchange) {
      this.status = status;
      this.headers = headers;
      this.body = body;
      this.errorFactory = null;
      this.exchange = exchange;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** The response headers. */
    public ResponseHeaders headers() {
      return headers;
    }

    /**
     * The body bytes, copied out of the network buffers on first call; do not modify. Prefer {@link
     * #readJson}.
     */
    public byte[] body() {
      return body.bytes();
    }

    /**
     * Reads the body as JSON with {@code reader}: the same result as {@code
     * reader.readValue(body())}, but parsed straight from the network buffers, without a copy of
     * the body.
     */
    public <T> T readJson(ObjectReader reader) throws IOException {
      return body.readJson(reader);
    }

    /**
     * Builds the typed exception for an error reported inside a successful HTTP response (Prequel's
     * {@code "status": "error"} envelope), with this call's status, headers, request id and
     * attempts.
     */
    public ApiException error(String code, String message) {
      return exchange != null
          ? ResponseReader.apiException(
              exchange, status, headers, body.bytes(), null, code, message)
          : errorFactory.apply(code, message);
    }
  }
}
