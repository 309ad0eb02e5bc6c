package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** close() stops every call in flight at once and leaves no OkHttp thread behind. */
class CloseTest {
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void fortyAsyncCallsInFlightFailWithin100MillisecondsAndNoNonDaemonThreadRemains()
      throws Exception {
    for (int i = 0; i < 40; i++) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    }
    List<Thread> before = nonDaemonOkHttpThreads();
    TestClient client = clientFor(server, new RecordingSleeper()).build();
    List<CompletableFuture<ApiResponse<JsonNode>>> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      calls.add(client.sendAsync(get(), JSON));
    }
    awaitRequests(5); // OkHttp runs five per host at once; the rest wait in its queue

    client.close();
    long closed = System.nanoTime();
    for (CompletableFuture<ApiResponse<JsonNode>> call : calls) {
      long left = TimeUnit.MILLISECONDS.toNanos(100) - (System.nanoTime() - closed);
      try {
        call.get(Math.max(0, left), TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ApiConnectionException.ClientClosed.class);
      }
    }
    assertThat(calls).allSatisfy(call -> assertThat(call).isCompletedExceptionally());
    List<Thread> left = nonDaemonOkHttpThreads();
    left.removeAll(before); // threads of other tests' clients are not this client's
    assertThat(left).isEmpty();
  }

  @Test
  void aBlockingCallInFlightFailsWithClientClosedAndIsNotRetried() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    RecordingSleeper sleeper = new RecordingSleeper();
    TestClient client = clientFor(server, sleeper).build();
    CompletableFuture<Throwable> failure =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                client.send(get(), JSON);
                return null;
              } catch (RuntimeException e) {
                return e;
              }
            });
    awaitRequests(1);
    client.close();

    assertThat(failure.get(1, TimeUnit.SECONDS))
        .isInstanceOf(ApiConnectionException.ClientClosed.class)
        .hasMessage(
            "GET /things/t1: the client was closed while the call was in flight, after 1 attempt");
    assertThat(sleeper.waits()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anAsyncCallWaitingToRetryFailsAtOnceAndStartsNoFurtherAttempt() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    CompletableFuture<Void> neverEnds = new CompletableFuture<>();
    TestClient[] holder = new TestClient[1];
    java.util.concurrent.atomic.AtomicInteger asyncWaits =
        new java.util.concurrent.atomic.AtomicInteger();
    dev.dataexport.core.RetryPolicy.Sleeper waitsForever =
        new dev.dataexport.core.RetryPolicy.Sleeper() {
          @Override
          public void sleep(java.time.Duration duration) {}

          @Override
          public CompletableFuture<Void> sleepAsync(java.time.Duration duration) {
            asyncWaits.incrementAndGet();
            return neverEnds;
          }
        };
    holder[0] = clientFor(server, new RecordingSleeper()).sleeper(waitsForever).build();
    CompletableFuture<ApiResponse<JsonNode>> call = holder[0].sendAsync(get(), JSON);
    awaitRequests(1);
    while (asyncWaits.get() == 0) {
      Thread.onSpinWait();
    }
    holder[0].close();

    assertThat(call).failsWithin(java.time.Duration.ofMillis(100));
    assertThat(call.handle((v, e) -> e instanceof CompletionException ? e.getCause() : e).join())
        .isInstanceOf(ApiConnectionException.ClientClosed.class);
    neverEnds.complete(null); // the wait ends after close: still no second attempt
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private void awaitRequests(int count) throws InterruptedException {
    for (int i = 0; i < count; i++) {
      assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    }
  }

  private static List<Thread> nonDaemonOkHttpThreads() {
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && !thread.isDaemon() && thread.getName().startsWith("OkHttp")) {
        threads.add(thread);
      }
    }
    return threads;
  }
}
