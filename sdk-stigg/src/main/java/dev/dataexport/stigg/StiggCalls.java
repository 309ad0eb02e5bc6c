package dev.dataexport.stigg;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.stigg.internal.StiggAuth;
import java.util.concurrent.CompletableFuture;

/**
 * What every raw call of the Stigg services ({@link Destinations}, {@link Models}, {@link Syncs},
 * {@link ScopedTokens}) shares: the client's auth mode, for {@code StiggRequests} to build the
 * request with, and the transport that sends it and decodes the value. One place, so each call is
 * one line and the services send alike. Thread-safe.
 */
final class StiggCalls {
  private final Transport transport;
  private final StiggAuth auth;

  StiggCalls(Transport transport, StiggAuth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  /** The client's auth mode. */
  StiggAuth auth() {
    return auth;
  }

  /** Sends {@code call} and decodes its value. */
  <T> ApiResponse<T> send(ApiRequest call, ResponseDecoder<T> decoder, RequestOptions options) {
    return transport.execute(call, decoder, options);
  }

  /** Like {@link #send} without blocking; cancelling the future cancels the call. */
  <T> CompletableFuture<ApiResponse<T>> sendAsync(
      ApiRequest call, ResponseDecoder<T> decoder, RequestOptions options) {
    return transport.executeAsync(call, decoder, options);
  }
}
