package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.Transport.AsyncValues;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a derived or multi-step future must reach the call in flight (plain CompletableFuture
 * stages do not).
 */
class AsyncCompositionTest {
  @Test
  void cancellingTheValueFutureCancelsTheResponseFuture() {
    CompletableFuture<ApiResponse<String>> response = new CompletableFuture<>();
    CompletableFuture<String> value = AsyncValues.of(response);

    value.cancel(true);

    assertThat(response).isCancelled();
  }

  @Test
  void theValueFutureCarriesTheValue() throws Exception {
    CompletableFuture<ApiResponse<String>> response = new CompletableFuture<>();
    CompletableFuture<String> value = AsyncValues.of(response);

    response.complete(new ApiResponse<>(200, ResponseHeaders.empty(), null, List.of(), "done"));

    assertThat(value.get()).isEqualTo("done");
  }
}
