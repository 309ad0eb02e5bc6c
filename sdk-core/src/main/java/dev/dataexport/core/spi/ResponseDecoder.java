package dev.dataexport.core.spi;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.DeleteResult;
import java.io.IOException;

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
}
