package dev.dataexport.core.spi;

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
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every attempt's entry in the call-to-tracker map is released, whatever way the attempt ends. */
class CallTrackingTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClient client = clientFor(server, sleeper).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @Test
  void blockingCallsReleaseEveryAttempt() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(404));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThat(client.send(get(), JSON).attempts()).hasSize(2);
    assertThatThrownBy(() -> client.send(get(), JSON)).isInstanceOf(ApiException.NotFound.class);
    assertThatThrownBy(() -> client.send(patch(), JSON)).isInstanceOf(ApiConnectionException.class);

    assertThat(client.executor.callsInFlight()).isZero();
  }

  @Test
  void asyncCallsReleaseEveryAttempt() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setResponseCode(404));

    assertThat(client.sendAsync(get(), JSON).join().attempts()).hasSize(2);
    assertThatThrownBy(() -> client.sendAsync(get(), JSON).join())
        .isInstanceOf(CompletionException.class);

    assertThat(client.executor.callsInFlight()).isZero();
  }

  @Test
  void aPatchThatReachedTheServerIsStillNotResent() {
    // The tracker, now found through the call rather than a request tag, must still see the
    // connection.
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOf(ApiConnectionException.class)
        .hasMessageContaining("not retried");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
