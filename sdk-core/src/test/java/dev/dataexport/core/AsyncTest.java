package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClient client = clientFor(server, sleeper).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class);
    return future
        .handle((value, error) -> error instanceof CompletionException ? error.getCause() : error)
        .join();
  }

  @Test
  void asyncRetriesThroughSleepAsyncWithoutBlocking() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{\"ok\":true}"));

    ApiResponse<JsonNode> response = client.sendAsync(patch(), JSON).join();

    assertThat(response.attempts()).hasSize(2);
    assertThat(response.value().get("ok").asBoolean()).isTrue();
    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofMillis(500));
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void asyncErrorsCompleteTheFutureWithTheTypedException() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(404)
            .setBody("{\"code\":\"missing\",\"message\":\"no\"}"));

    Throwable failure = failureOf(client.sendAsync(patch(), JSON));

    assertThat(failure)
        .isInstanceOfSatisfying(
            ApiException.NotFound.class,
            e -> {
              assertThat(e.errorCode()).contains("missing");
              assertThat(e.attempts()).hasSize(1);
            });
  }

  @Test
  void asyncUndecodableBodyIsAnInvalidResponse() {
    server.enqueue(new MockResponse().setBody("<html>"));

    assertThat(failureOf(client.sendAsync(get(), JSON)))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void asyncConnectionRefusedIsRetriedThenFails() {
    try (TestClient refused =
        TestClient.builder()
            .baseUrl("http://127.0.0.1:" + Fixtures.closedPort())
            .sleeper(sleeper)
            .retryPolicy(Fixtures.NO_JITTER)
            .build()) {
      Throwable failure = failureOf(refused.sendAsync(patch(), JSON));

      assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
      assertThat(((ApiConnectionException) failure).attempts()).hasSize(3);
    }
    assertThat(sleeper.asyncWaits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
  }

  @Test
  void cancelDropsTheInFlightConnectionAndNothingIsRetried() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CompletableFuture<Void> requestArrived = new CompletableFuture<>();
      CompletableFuture<Boolean> dropped = new CompletableFuture<>();
      Thread serverThread =
          new Thread(() -> serveOneRequestAndWatch(listener, requestArrived, dropped));
      serverThread.setDaemon(true);
      serverThread.start();

      try (TestClient slow =
          TestClient.builder()
              .baseUrl("http://127.0.0.1:" + listener.getLocalPort())
              .sleeper(sleeper)
              .build()) {
        CompletableFuture<ApiResponse<JsonNode>> future = slow.sendAsync(get(), JSON);
        requestArrived.get(5, TimeUnit.SECONDS);

        assertThat(future.cancel(true)).isTrue();

        assertThat(dropped.get(5, TimeUnit.SECONDS))
            .as("server saw the connection closed")
            .isTrue();
        listener.setSoTimeout(300);
        assertThatThrownBy(listener::accept)
            .as("no second attempt")
            .isInstanceOf(SocketTimeoutException.class);
        assertThat(future).isCancelled();
      }
    }
    assertThat(sleeper.asyncWaits()).isEmpty();
  }

  private static void serveOneRequestAndWatch(
      ServerSocket listener,
      CompletableFuture<Void> requestArrived,
      CompletableFuture<Boolean> dropped) {
    try (Socket socket = listener.accept()) {
      InputStream in = socket.getInputStream();
      StringBuilder head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        head.append((char) b);
      }
      requestArrived.complete(null);
      socket.setSoTimeout(5000);
      dropped.complete(in.read() == -1); // never answered: only the client closing ends this read
    } catch (IOException e) {
      dropped.complete(
          !(e instanceof SocketTimeoutException)); // a reset also means the client dropped it
    }
  }

  @Test
  void cancelWhileWaitingToRetryStopsTheRetry() throws Exception {
    List<CompletableFuture<Void>> waits = new CopyOnWriteArrayList<>();
    Sleeper manual =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("the async path must not block");
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            CompletableFuture<Void> wait = new CompletableFuture<>();
            waits.add(wait);
            return wait;
          }
        };
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody("{}"));
    try (TestClient waiting = clientFor(server, sleeper).sleeper(manual).build()) {
      CompletableFuture<ApiResponse<JsonNode>> future = waiting.sendAsync(get(), JSON);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (waits.isEmpty() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertThat(waits).hasSize(1);

      future.cancel(true);
      waits.get(0).complete(null);

      assertThat(future).isCancelled();
      assertThat(server.getRequestCount()).isEqualTo(1);
    }
  }

  @Test
  void asyncCallsOnAClosedClientFailClearly() {
    client.close();

    assertThatThrownBy(() -> client.sendAsync(get(), JSON))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this test client is closed; build a new client");
  }

  @Test
  void manyConcurrentAsyncCallsAllComplete() {
    for (int i = 0; i < 20; i++) {
      server.enqueue(new MockResponse().setBody("{\"n\":" + i + "}"));
    }
    List<CompletableFuture<ApiResponse<JsonNode>>> futures = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      futures.add(client.sendAsync(get(), JSON));
    }

    assertThat(futures.stream().map(f -> f.join().value().get("n").asInt()).sorted().toList())
        .isEqualTo(java.util.stream.IntStream.range(0, 20).boxed().toList());
  }
}
