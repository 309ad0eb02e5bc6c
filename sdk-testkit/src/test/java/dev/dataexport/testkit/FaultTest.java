package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The faults a fake injects: redirects of any 3xx, and dropped connections that log nothing. */
class FaultTest {
  // Follows nothing and retries nothing, so each call below is exactly one exchange.
  private static final OkHttpClient HTTP =
      new OkHttpClient.Builder()
          .followRedirects(false)
          .followSslRedirects(false)
          .retryOnConnectionFailure(false)
          .build();

  // MockWebServer's loggers in OkHttp 4 and 5 (the compatibility leg).
  private final List<Logger> mockWebServerLogs =
      List.of(
          Logger.getLogger(MockWebServer.class.getName()),
          Logger.getLogger("mockwebserver3.MockWebServer"));
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler recorder =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private final FakeStigg stigg = new FakeStigg().addDestination("int_1", "dst_1", "snowflake");

  @BeforeEach
  void listen() {
    for (Logger log : mockWebServerLogs) {
      log.addHandler(recorder);
      // Records reach the recorder only: the plain server's warning below stays out of the output.
      log.setUseParentHandlers(false);
    }
    stigg.start();
  }

  @AfterEach
  void stop() {
    stigg.close();
    for (Logger log : mockWebServerLogs) {
      log.removeHandler(recorder);
      log.setUseParentHandlers(true);
    }
  }

  @AfterAll
  static void shutdownHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  /** The selection every call below sends. */
  private static final UpdateSelectionRequest SELECTION =
      UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build();

  private Response get(String baseUrl) throws IOException {
    return HTTP.newCall(new Request.Builder().url(baseUrl + "/anything").build()).execute();
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 301, 302, 303, 304, 307, 308, 399})
  void aRedirectAnswersWithItsStatusItsLocationAndNoBody(int status) throws IOException {
    String location = stigg.baseUrl() + "/elsewhere?key=1";
    stigg.failNext(1, Fault.redirect(status, location, "Retry-After", "5"));
    try (Response response = get(stigg.baseUrl())) {
      assertThat(response.code()).isEqualTo(status);
      assertThat(response.header("Location")).isEqualTo(location);
      assertThat(response.header("Retry-After")).isEqualTo("5");
      assertThat(response.body().string()).isEmpty();
    }
    assertThat(stigg.requestCount()).isEqualTo(1);
  }

  @Test
  void aFakeStopsAtOnceAndQuietlyWhileADelayedAnswerIsStillHeld() {
    FakeStiggServer fake = new FakeStiggServer();
    fake.start();
    fake.addDestination("int_1", "dst_1", "snowflake");
    fake.failNext(1, Fault.delay(Duration.ofSeconds(30)));
    CompletableFuture<?> held =
        fake.client().destinations().updateSelectionAsync("dst_1", SELECTION);
    while (fake.requestCount() == 0) {
      Thread.onSpinWait();
    }
    long start = System.nanoTime();
    fake.close(); // ends the held delay: shutdown() has no sleeping thread to wait for
    Duration closing = Duration.ofNanos(System.nanoTime() - start);

    assertThat(closing).isLessThan(Duration.ofSeconds(2));
    assertThat(held).failsWithin(Duration.ofSeconds(10));
    assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
  }

  @Test
  void aFakeStopsAtOnceWhileItsOwnClientsRetryTheDelayedCalls() throws Exception {
    FakeStiggServer fake = new FakeStiggServer();
    fake.addDestination("int_1", "dst_1", "snowflake");
    fake.failNext(3, Fault.delay(Duration.ofSeconds(30)));
    List<CompletableFuture<?>> calls = new ArrayList<>();
    // A client of the user's own (not the fake's, which close() closes first): when close() ends
    // the delays, it retries at once, while the server is shutting down.
    try (StiggClient client = fake.clientBuilder().build()) {
      for (int i = 0; i < 3; i++) {
        calls.add(client.destinations().updateSelectionAsync("dst_1", SELECTION));
      }
      while (fake.requestCount() < 3) {
        Thread.onSpinWait();
      }
      long start = System.nanoTime();
      fake.close();
      Duration closing = Duration.ofNanos(System.nanoTime() - start);

      assertThat(closing).isLessThan(Duration.ofSeconds(2));
      for (CompletableFuture<?> call : calls) { // answered before the stop, or failed by it
        assertThat(call.handle((value, failure) -> "ended")).succeedsWithin(Duration.ofSeconds(10));
      }
    }
  }

  @Test
  void theSdkDoesNotFollowAnInjectedRedirect() {
    stigg.failNext(1, Fault.redirect(307, stigg.baseUrl() + "/api/v1/data-export/destinations/x"));
    ApiException.UnexpectedStatus error =
        catchThrowableOfType(
            ApiException.UnexpectedStatus.class,
            () -> stigg.client().destinations().updateSelection("dst_1", SELECTION));
    assertThat(error.status()).isEqualTo(307);
    assertThat(stigg.requestCount()).isEqualTo(1);
    assertThat(stigg.enabledModels("int_1", "dst_1")).isEmpty();
  }

  @Test
  void aRedirectFaultDescribesItselfAndKeepsItsHeaders() {
    Fault fault = Fault.redirect(302, "https://elsewhere.example/x", "X-Trace", "t-1");
    assertThat(fault.kind()).isEqualTo(Fault.Kind.REDIRECT);
    assertThat(fault.status()).isEqualTo(302);
    assertThat(fault.headers())
        .containsEntry("Location", "https://elsewhere.example/x")
        .containsEntry("X-Trace", "t-1")
        .hasSize(2);
    assertThat(fault.toString()).startsWith("HTTP 302 ").contains("Location");
  }

  @Test
  void badRedirectsAreRefusedSayingWhy() {
    assertThatThrownBy(() -> Fault.status(302, "Location", "https://elsewhere.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must be 4xx or 5xx, was 302; use Fault.redirect for a 3xx");
    assertThatThrownBy(() -> Fault.redirect(299, "https://elsewhere.example"))
        .hasMessage("status must be 3xx, was 299");
    assertThatThrownBy(() -> Fault.redirect(400, "https://elsewhere.example"))
        .hasMessage("status must be 3xx, was 400");
    assertThatThrownBy(() -> Fault.redirect(302, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("location must not be null");
    assertThatThrownBy(() -> Fault.redirect(302, " ")).hasMessage("location must not be blank");
    assertThatThrownBy(() -> Fault.redirect(302, "https://a.example/\r\nX-Evil: 1"))
        .hasMessage("header Location must not contain control characters (CR, LF, ...)");
    assertThatThrownBy(() -> Fault.redirect(302, "https://a.example", "location", "b"))
        .hasMessage("headers must not repeat Location; it is the location argument");
    assertThatThrownBy(() -> Fault.redirect(302, "https://a.example", "X-One"))
        .hasMessage("headers must be name/value pairs");
    assertThatThrownBy(() -> Fault.status(503, "Retry-After", "1\n2"))
        .hasMessage("header Retry-After must not contain control characters (CR, LF, ...)");
  }

  @Test
  void aDroppedConnectionLogsNothing() throws Exception {
    stigg.failNext(2, Fault.dropConnection());
    assertThatThrownBy(() -> get(stigg.baseUrl())).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> get(stigg.baseUrl())).isInstanceOf(IOException.class);
    try (Response answered = get(stigg.baseUrl())) {
      assertThat(answered.code()).isEqualTo(404);
    }
    // The server logs a drop's warning after it closed the socket: wait until it would have.
    stigg.close();
    assertThat(stigg.requestCount()).isEqualTo(3);
    assertThat(logged).extracting(LogRecord::getMessage).isEmpty();
  }

  @Test
  void withoutTheFakeTheSameDropIsLoggedSoTheTestAboveCanFail() throws Exception {
    // OkHttp 5's MockWebServer counts a request it dropped and logs no warning for it.
    assumeFalse("okhttp5".equals(System.getProperty("compat.leg")), "OkHttp 5 logs no drop");
    MockWebServer plain = new MockWebServer();
    plain.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    plain.start(InetAddress.getLoopbackAddress(), 0);
    String name = plain.toString();
    try {
      String baseUrl = plain.url("/").toString().replaceAll("/$", "");
      assertThatThrownBy(() -> get(baseUrl)).isInstanceOf(IOException.class);
      plain.takeRequest(5, TimeUnit.SECONDS);
    } finally {
      plain.shutdown();
    }
    // Another server's warnings pass: only the fake's own expected drops are kept out.
    assertThat(logged)
        .filteredOn(r -> r.getLevel() == Level.WARNING)
        .extracting(LogRecord::getMessage)
        .anySatisfy(m -> assertThat(m).startsWith(name).endsWith(" didn't make a request"));
  }
}
