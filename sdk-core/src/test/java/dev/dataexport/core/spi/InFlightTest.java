package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.support.Fixtures;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The attempts in flight and their time limits alone: an attempt past its limit is cancelled and
 * marked as timed out; one that ends in time, or was released, is left alone.
 */
class InFlightTest {
  private final MockWebServer server = Fixtures.startServer();
  private final OkHttpClient http = new OkHttpClient();
  private final InFlight inFlight = new InFlight();

  @AfterEach
  void stop() throws Exception {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.shutdown();
  }

  private Call call() {
    return http.newCall(new Request.Builder().url(server.url("/x")).build());
  }

  @Test
  void anAttemptPastItsLimitIsCancelledAndMarkedAsTimedOut() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    InFlight.Tracker tracker = new InFlight.Tracker();
    tracker.start(1);
    Call call = call();
    long start = System.nanoTime();
    inFlight.register(call, tracker, TimeUnit.MILLISECONDS.toNanos(100));
    assertThatThrownBy(call::execute).isInstanceOf(IOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(call.isCanceled()).isTrue();
    assertThat(tracker.timedOut()).isTrue();
    assertThat(inFlight.size()).as("an expired call is no longer tracked").isZero();
    inFlight.release(call);
    tracker.start(2);
    inFlight.register(call(), tracker, TimeUnit.SECONDS.toNanos(60));
    assertThat(tracker.timedOut()).as("the next attempt has its own limit").isFalse();
  }

  @Test
  void anEarlierLimitThanTheOneWaitedForStillFiresOnTime() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    InFlight.Tracker slow = new InFlight.Tracker();
    Call waiting = call();
    inFlight.register(waiting, slow, TimeUnit.MINUTES.toNanos(10));
    InFlight.Tracker fast = new InFlight.Tracker();
    Call call = call();
    long start = System.nanoTime();
    inFlight.register(call, fast, TimeUnit.MILLISECONDS.toNanos(100));
    assertThatThrownBy(call::execute).isInstanceOf(IOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    assertThat(fast.timedOut()).isTrue();
    assertThat(slow.timedOut()).isFalse();
    assertThat(waiting.isCanceled()).isFalse();
    inFlight.release(waiting);
  }

  @Test
  void anAttemptThatEndsInTimeIsNotCancelled() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    InFlight.Tracker tracker = new InFlight.Tracker();
    tracker.start(1);
    Call call = call();
    inFlight.register(call, tracker, TimeUnit.SECONDS.toNanos(60));
    assertThat(inFlight.get(call)).isSameAs(tracker);
    try (Response response = call.execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    inFlight.release(call);
    assertThat(inFlight.get(call)).isNull();
    assertThat(call.isCanceled()).isFalse();
    assertThat(tracker.timedOut()).isFalse();
  }
}
