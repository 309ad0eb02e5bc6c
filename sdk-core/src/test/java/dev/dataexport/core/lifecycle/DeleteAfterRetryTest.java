package dev.dataexport.core.lifecycle;

import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delete whose retry meets 404 after an attempt that may have deleted: success, said so. */
class DeleteAfterRetryTest {
  private final MockWebServer server = Fixtures.startServer();
  private final TestClient client = clientFor(server, new RecordingSleeper()).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private static ApiRequest delete() {
    return ApiRequest.builder(HttpMethod.DELETE)
        .path("things")
        .pathParam("id", "t-1")
        .safeToRepeat(true)
        .notFoundAfterRetryIsDone(true)
        .build();
  }

  @Test
  void aNotFoundAfterA500IsTheDeletesSuccess() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"message\":\"gone\"}"));

    ApiResponse<DeleteResult> response = client.send(delete(), ResponseDecoder.deletion());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.value().wasGoneOnRetry()).isTrue();
    assertThat(response.value().toString()).contains("may have deleted it");
    assertThat(response.attempts()).hasSize(2);
  }

  @Test
  void aNotFoundAfterADroppedConnectionIsTheDeletesSuccess() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    DeleteResult result = client.send(delete(), ResponseDecoder.deletion()).value();

    assertThat(result.wasGoneOnRetry()).isTrue();
  }

  @Test
  void aNotFoundAfterA429IsStillNotFound() {
    // A 429 means the server did not act, so the 404 is the real answer.
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    assertThatThrownBy(() -> client.send(delete(), ResponseDecoder.deletion()))
        .isInstanceOf(ApiException.NotFound.class);
  }

  @Test
  void aNotFoundOnTheFirstAttemptIsNotFound() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));

    assertThatThrownBy(() -> client.send(delete(), ResponseDecoder.deletion()))
        .isInstanceOf(ApiException.NotFound.class);
  }

  @Test
  void withoutTheFlagANotFoundAfterA500IsNotFound() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    ApiRequest plain =
        ApiRequest.builder(HttpMethod.DELETE).path("things", "t-1").safeToRepeat(true).build();

    assertThatThrownBy(() -> client.send(plain, ResponseDecoder.deletion()))
        .isInstanceOf(ApiException.NotFound.class);
  }

  @Test
  void aPlainDeleteIsDeleted() {
    server.enqueue(new MockResponse().setResponseCode(204));

    ApiResponse<DeleteResult> response = client.send(delete(), ResponseDecoder.deletion());

    assertThat(response.value()).isSameAs(DeleteResult.deleted());
    assertThat(response.value().wasGoneOnRetry()).isFalse();
  }
}
