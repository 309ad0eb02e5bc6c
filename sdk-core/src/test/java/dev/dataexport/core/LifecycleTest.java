package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  /** Live non-daemon threads, except MockWebServer's own (it is the test's server, not the SDK). */
  private static Set<Thread> nonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.isDaemon() && !t.getName().startsWith("MockWebServer"))
        .collect(Collectors.toSet());
  }

  @Test
  void closeLeavesNoNonDaemonThreadOfAnSdkOwnedClient() throws Exception {
    Set<Thread> before = nonDaemonThreads();
    TestClient client = clientFor(server, sleeper).build();
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setBody("{}"));
    }
    CompletableFuture.allOf(
            client.sendAsync(get(), JSON),
            client.sendAsync(get(), JSON),
            client.sendAsync(get(), JSON))
        .join();
    assertThat(nonDaemonThreads())
        .as("async calls start OkHttp dispatcher threads")
        .anySatisfy(t -> assertThat(t.getName()).startsWith("OkHttp"));

    client.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    Set<Thread> left = nonDaemonThreads();
    left.removeAll(before);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10); // waiting for the dispatcher's threads to end, not for the SDK
      left = nonDaemonThreads();
      left.removeAll(before);
    }
    assertThat(left).isEmpty();
  }

  @Test
  void callsAfterCloseFailClearlyAndCloseIsIdempotent() {
    TestClient client = clientFor(server, sleeper).build();
    client.close();
    client.close();

    assertThat(client.executor.isClosed()).isTrue();
    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this test client is closed; build a new client");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void closingWhileWaitingToRetryStopsTheCall() {
    TestClient[] holder = new TestClient[1];
    Sleeper closing = duration -> holder[0].close();
    holder[0] = clientFor(server, sleeper).sleeper(closing).build();
    server.enqueue(new MockResponse().setResponseCode(503));

    assertThatThrownBy(() -> holder[0].send(get(), JSON))
        .isInstanceOf(dev.dataexport.core.errors.ApiConnectionException.ClientClosed.class)
        .hasMessage(
            "GET /things/t1: the client was closed while the call was in flight, after 1 attempt");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSuppliedClientIsUsedKeepsItsSettingsAndIsNotClosed() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient supplied =
        new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(7))
            .addInterceptor(
                chain -> {
                  seen.add(
                      chain.request().method()
                          + " "
                          + chain.request().url().encodedPath()
                          + " read="
                          + chain.readTimeoutMillis());
                  return chain.proceed(
                      chain.request().newBuilder().header("X-Proxy-Tag", "corp").build());
                })
            .build();
    server.enqueue(new MockResponse().setBody("{}"));
    server.enqueue(new MockResponse().setBody("{}"));

    try (TestClient client = clientFor(server, sleeper).okHttpClient(supplied).build()) {
      client.send(patch(), JSON);
      client.sendAsync(get(), JSON).join();
      assertThat(supplied.connectionPool().connectionCount()).as("pool is shared").isPositive();
    }

    assertThat(seen).containsExactly("PATCH /things/t1 read=7000", "GET /things/t1 read=7000");
    assertThat(server.takeRequest().getHeader("X-Proxy-Tag")).isEqualTo("corp");
    assertThat(server.takeRequest().getHeader("X-API-KEY")).isEqualTo("test-key");
    assertThat(supplied.dispatcher().executorService().isShutdown()).isFalse();
    server.enqueue(new MockResponse().setBody("still works"));
    try (Response response =
        supplied.newCall(new Request.Builder().url(server.url("/own")).build()).execute()) {
      assertThat(response.body().string()).isEqualTo("still works");
    }
    supplied.dispatcher().executorService().shutdown();
  }

  @Test
  void timeoutsSetOnTheBuilderReplaceThoseOfASuppliedClient() {
    List<Integer> readTimeouts = new CopyOnWriteArrayList<>();
    OkHttpClient supplied =
        new OkHttpClient.Builder()
            .readTimeout(Duration.ofSeconds(7))
            .addInterceptor(
                chain -> {
                  readTimeouts.add(chain.readTimeoutMillis());
                  return chain.proceed(chain.request());
                })
            .build();
    server.enqueue(new MockResponse().setBody("{}"));

    try (TestClient client =
        clientFor(server, sleeper)
            .okHttpClient(supplied)
            .readTimeout(Duration.ofSeconds(3))
            .build()) {
      client.send(get(), JSON);
    }

    assertThat(readTimeouts).containsExactly(3000);
    assertThat(supplied.readTimeoutMillis()).isEqualTo(7000);
  }
}
