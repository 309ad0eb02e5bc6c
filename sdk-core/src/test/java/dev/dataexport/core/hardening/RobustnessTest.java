package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.concurrent.CompletionException;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No silent acceptance and no surprise from a user's interceptor, or a big body. */
class RobustnessTest {
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void anInterceptorsExceptionIsWrappedTheSameWayOnBothPathsAndNotRetried() {
    OkHttpClient failing =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw new IllegalStateException("boom from the user's interceptor");
                })
            .build();
    RecordingSleeper sleeper = new RecordingSleeper();
    try (TestClient client = clientFor(server, sleeper).okHttpClient(failing).build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("failed in an interceptor of the supplied OkHttpClient")
          .hasCauseInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> client.sendAsync(get(), JSON).join())
          .isInstanceOf(CompletionException.class)
          .cause()
          .isInstanceOf(ApiConnectionException.class)
          .hasMessageContaining("failed in an interceptor of the supplied OkHttpClient")
          .hasCauseInstanceOf(IllegalStateException.class);
    }
    assertThat(sleeper.waits()).isEmpty();
    assertThat(sleeper.asyncWaits()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBodyLargerThanTheLimitFailsWithInvalidResponse() {
    server.enqueue(new MockResponse().setBody("{\"a\":\"" + "x".repeat(5000) + "\"}"));
    server.enqueue(
        new MockResponse()
            .setChunkedBody("{\"a\":\"" + "x".repeat(5000) + "\"}", 512)); // no Content-Length
    try (TestClient client =
        clientFor(server, new RecordingSleeper()).maxResponseBytes(1024).build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining(
              "the response declares 5008 bytes, more than the client's maxResponseBytes (1024)");
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("larger than 1024 bytes");
    }
  }
}
