package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.ErrorBody;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder;
import java.io.IOException;

/**
 * Prequel's response envelope {@code {"status": "success"|"error", "data": {...}, "message":
 * "..."}}: unwraps {@code data.<field>} on success and turns {@code "status": "error"} into a typed
 * exception, whatever the HTTP status.
 */
public final class Envelope {
  private static final ObjectReader TREE = Json.mapper().reader();

  private Envelope() {}

  /**
   * A decoder reading {@code data.<field>} as {@code type}; an error envelope in a 2xx response
   * becomes the exception built by {@link dev.dataexport.core.spi.RawResponse#error(String,
   * String)}.
   */
  public static <T> ResponseDecoder<T> data(String field, Class<T> type) {
    ObjectReader reader =
        Json.mapper()
            .readerFor(EnvelopeReader.Unwrapped.class)
            .withAttribute(EnvelopeReader.FIELD, field)
            .withAttribute(EnvelopeReader.TYPE, Json.mapper().constructType(type));
    return response -> {
      EnvelopeReader.Unwrapped envelope = response.readJson(reader);
      if (envelope == null) {
        throw new IOException("expected a JSON object envelope");
      }
      if ("error".equals(envelope.status)) {
        throw response.error(null, envelope.message);
      }
      if (envelope.value == null) {
        throw new IOException("the envelope has no data." + field + " object");
      }
      return type.cast(envelope.value);
    };
  }

  /** Reads the message of an error response; bodies that are not an envelope give no message. */
  public static ErrorBody parseError(int status, ResponseHeaders headers, byte[] body)
      throws IOException {
    JsonNode root = TREE.readTree(body);
    if (root == null || !root.isObject()) {
      return ErrorBody.empty();
    }
    return new ErrorBody(null, root.path("message").textValue());
  }
}
