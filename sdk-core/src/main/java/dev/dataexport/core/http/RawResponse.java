package dev.dataexport.core.http;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import java.util.function.BiFunction;

/** A response as received, handed to a {@link ResponseDecoder}: status, headers and the whole body. */
public final class RawResponse {
  private final int status;
  private final ResponseHeaders headers;
  private final byte[] body;
  private final BiFunction<String, String, ApiException> errorFactory;

  /** Creates a raw response; {@code errorFactory} builds an exception from a vendor code and message. */
  public RawResponse(int status, ResponseHeaders headers, byte[] body, BiFunction<String, String, ApiException> errorFactory) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.errorFactory = errorFactory;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The response headers. */
  public ResponseHeaders headers() {
    return headers;
  }

  /** The body bytes; do not modify. */
  public byte[] body() {
    return body;
  }

  /**
   * Builds the typed exception for an error reported inside a successful HTTP response (Prequel's
   * {@code "status": "error"} envelope), with this call's status, headers, request id and attempts.
   */
  public ApiException error(String code, String message) {
    return errorFactory.apply(code, message);
  }
}
