package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.prequel.internal.PageContent;
import dev.dataexport.prequel.internal.PrequelRequests;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Fetches the pages of one list call: the first from its request, every later one from the previous
 * page's {@code next_url}, each with the same decoder and per-call options. Thread-safe.
 *
 * @param <T> the item type
 */
final class PageFollower<T> {
  private final Transport transport;
  private final ResponseDecoder<PageContent<T>> decoder;
  private final RequestOptions options;

  PageFollower(
      Transport transport, ResponseDecoder<PageContent<T>> decoder, RequestOptions options) {
    this.transport = transport;
    this.decoder = decoder;
    this.options = options;
  }

  /** Sends {@code request} and wraps the page it returns. */
  ApiResponse<Page<T>> first(ApiRequest request) {
    return toPage(transport.execute(request, decoder, options));
  }

  /** Like {@link #first} without blocking. */
  CompletableFuture<ApiResponse<Page<T>>> firstAsync(ApiRequest request) {
    CompletableFuture<ApiResponse<PageContent<T>>> response =
        transport.executeAsync(request, decoder, options);
    return AsyncValues.cancelling(response.thenApply(this::toPage), response);
  }

  /** Fetches the page at {@code nextUrl}, refused before any I/O when it leaves the base URL. */
  ApiResponse<Page<T>> fetch(String nextUrl) {
    return first(follow(nextUrl));
  }

  /** Like {@link #fetch} without blocking. */
  CompletableFuture<ApiResponse<Page<T>>> fetchAsync(String nextUrl) {
    return firstAsync(follow(nextUrl));
  }

  private ApiRequest follow(String nextUrl) {
    try {
      return PrequelRequests.nextPage(transport.options().baseUrl(), nextUrl);
    } catch (IllegalArgumentException refused) {
      throw new InvalidResponseException(
          "Prequel's next_url was not followed: " + refused.getMessage(),
          200,
          "",
          List.of(),
          refused);
    }
  }

  private ApiResponse<Page<T>> toPage(ApiResponse<PageContent<T>> response) {
    PageContent<T> content = response.value();
    return new ApiResponse<>(
        response.status(),
        response.headers(),
        response.requestId().orElse(null),
        response.attempts(),
        new Page<>(content.items(), content.hasNext(), content.nextUrl(), this));
  }
}
