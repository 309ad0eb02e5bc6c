package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClient client =
      clientFor(server, sleeper).defaultHeader("X-Team", "data").build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @Test
  void perCallTimeoutBoundsEachAttempt() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                client.send(
                    get(),
                    JSON,
                    RequestOptions.builder()
                        .callTimeout(Duration.ofMillis(150))
                        .maxRetries(0)
                        .build()))
        .isExactlyInstanceOf(ApiConnectionException.Timeout.class)
        .satisfies(
            e ->
                assertThat(((ApiConnectionException.Timeout) e).attempts())
                    .singleElement()
                    .satisfies(
                        a ->
                            assertThat(a.failure())
                                .hasValueSatisfying(
                                    f -> assertThat(f).startsWith("call timeout of 150 ms: "))));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void perCallMaxRetriesReplacesThePolicy() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));

    assertThatThrownBy(
            () -> client.send(patch(), JSON, RequestOptions.builder().maxRetries(1).build()))
        .isInstanceOfSatisfying(
            ApiException.ServerError.class, e -> assertThat(e.attempts()).hasSize(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void perCallHeadersAreAddedAndReplaceDefaults() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(
        patch(),
        JSON,
        RequestOptions.builder().header("X-Team", "billing").header("X-Trace", "t1").build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().values("X-Team")).containsExactly("billing");
    assertThat(request.getHeader("X-Trace")).isEqualTo("t1");
    assertThat(request.getHeader("X-API-KEY")).isEqualTo("test-key");
  }

  @Test
  void noOptionsMeansClientDefaults() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(patch(), JSON, null);

    assertThat(server.takeRequest().getHeader("X-Team")).isEqualTo("data");
  }

  @Test
  void badOverridesAreRejected() {
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must be positive, was PT-1S");
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be >= 0, was -2");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "v\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value of header X-A must");
  }

  @Test
  void toStringShowsHeaderNamesOnly() {
    assertThat(RequestOptions.builder().header("X-Secret-Thing", "v-123").build().toString())
        .contains("X-Secret-Thing")
        .doesNotContain("v-123");
  }

  @Test
  void vendorSettingsAreCarriedByKeyAndShownByNameOnly() {
    RequestOptions.Key<String> mode = new RequestOptions.Key<>("mode", String.class);
    RequestOptions.Key<String> other = new RequestOptions.Key<>("mode", String.class);
    RequestOptions options =
        RequestOptions.builder().set(mode, "first").set(mode, "value-9876").build();

    assertThat(options.get(mode)).contains("value-9876");
    assertThat(options.get(other)).isEmpty();
    assertThat(RequestOptions.none().get(mode)).isEmpty();
    assertThat(options.toString()).contains("settings=[mode]").doesNotContain("value-9876");
    assertThat(RequestOptions.none().toString()).doesNotContain("settings");
    assertThatThrownBy(() -> RequestOptions.builder().set(mode, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mode must not be null");
    assertThatThrownBy(() -> new RequestOptions.Key<>(" ", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank");
  }
}
