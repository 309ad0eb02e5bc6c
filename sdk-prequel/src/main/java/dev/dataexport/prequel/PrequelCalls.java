package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.prequel.internal.PageContent;
import java.util.concurrent.CompletableFuture;

/**
 * What every raw call of {@link Destinations} and {@link Transfers} does with the request {@code
 * PrequelRequests} built: check the per-call options, send it, and decode the value or the first
 * page. One place, so each call is one line and both services send alike. Thread-safe.
 */
final class PrequelCalls {
  private final Transport transport;

  PrequelCalls(Transport transport) {
    this.transport = transport;
  }

  /** Sends {@code call} and decodes its value. */
  <T> ApiResponse<T> send(ApiRequest call, ResponseDecoder<T> decoder, RequestOptions options) {
    return transport.execute(call, decoder, checked(options));
  }

  /** Like {@link #send} without blocking; cancelling the future cancels the call. */
  <T> CompletableFuture<ApiResponse<T>> sendAsync(
      ApiRequest call, ResponseDecoder<T> decoder, RequestOptions options) {
    return transport.executeAsync(call, decoder, checked(options));
  }

  /** Sends a list call and returns its first page, which follows {@code next_url} to the rest. */
  <T> ApiResponse<Page<T>> firstPage(
      ApiRequest call, ResponseDecoder<PageContent<T>> decoder, RequestOptions options) {
    return new PageFollower<>(transport, decoder, checked(options)).first(call);
  }

  /** Like {@link #firstPage} without blocking; cancelling the future cancels the call. */
  <T> CompletableFuture<ApiResponse<Page<T>>> firstPageAsync(
      ApiRequest call, ResponseDecoder<PageContent<T>> decoder, RequestOptions options) {
    return new PageFollower<>(transport, decoder, checked(options)).firstAsync(call);
  }

  /** {@code options must not be null}, before any I/O. */
  static RequestOptions checked(RequestOptions options) {
    return Checks.notNull("options", options);
  }
}
