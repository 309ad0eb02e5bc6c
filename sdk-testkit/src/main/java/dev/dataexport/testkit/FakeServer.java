package dev.dataexport.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The shared machinery of the fakes: an HTTP server on 127.0.0.1, a record of every request (as
 * {@link ReceivedRequest}, the testkit's own type), and injected faults. Each fake adds the
 * vendor's behaviour; the server underneath (MockWebServer) stays out of the public API, so the
 * same tests run on OkHttp 4.12 and 5.x.
 *
 * <p>Nothing here needs JUnit: a {@code main} program uses a fake directly ({@code try
 * (FakeStiggServer fake = new FakeStiggServer()) { ... }}, {@code start()} / {@code close()}). In
 * JUnit Jupiter tests, the extensions {@link FakeStigg}, {@link FakeLaunchDarkly} and {@link
 * FakePrequel} add the per-test start and stop: {@code @RegisterExtension final FakeStigg stigg =
 * new FakeStigg();}. Thread-safe.
 */
public abstract class FakeServer implements AutoCloseable {
  private final List<ReceivedRequest> requests = new ArrayList<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private MockWebServer server;

  /** Only the testkit's own fakes extend this class. */
  FakeServer() {}

  /** Starts the server on 127.0.0.1 and an ephemeral port; returns this fake. Idempotent. */
  public synchronized FakeServer start() {
    if (server == null) {
      MockWebServer started = new MockWebServer();
      started.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              return dispatchRecorded(request);
            }
          });
      try {
        started.start(InetAddress.getLoopbackAddress(), 0);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the fake server", e);
      }
      server = started;
    }
    return this;
  }

  /**
   * The base URL clients use, for example {@code http://127.0.0.1:50123}. Starts the server if
   * needed.
   */
  public synchronized String baseUrl() {
    start();
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** Every request received so far, in order. */
  public synchronized List<ReceivedRequest> requests() {
    return List.copyOf(requests);
  }

  /** How many requests were received so far (faulted ones included). */
  public synchronized int requestCount() {
    return requests.size();
  }

  /** The last request received. */
  public synchronized ReceivedRequest lastRequest() {
    if (requests.isEmpty()) {
      throw new IllegalStateException("no request received");
    }
    return requests.get(requests.size() - 1);
  }

  /** Forgets the recorded requests. */
  public synchronized void clearRequests() {
    requests.clear();
  }

  /**
   * Makes the next {@code count} calls fail with {@code fault}, before any other queued fault runs
   * out.
   */
  public synchronized FakeServer failNext(int count, Fault fault) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0");
    }
    for (int i = 0; i < count; i++) {
      faults.addLast(fault);
    }
    return this;
  }

  /** Drops every fault not yet used. */
  public synchronized void clearFaults() {
    faults.clear();
  }

  /** Stops the server; idempotent. */
  @Override
  public synchronized void close() {
    if (server != null) {
      try {
        DropWarnings.forget(server);
        server.shutdown();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        server = null;
      }
    }
  }

  /**
   * Answers one request the way the vendor does; called on a server thread, one request at a time
   * per fake.
   */
  abstract MockResponse handle(RecordedRequest request);

  /**
   * The vendor's error response for {@code status} (used for injected faults and by the fake's own
   * checks).
   */
  abstract MockResponse error(int status, String code, String message);

  /** A JSON response with {@code status} and {@code body} written by the SDK's mapper. */
  static MockResponse json(int status, Object body) {
    try {
      return new MockResponse()
          .setResponseCode(status)
          .setHeader("Content-Type", "application/json")
          .setBody(Json.mapper().writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("fake could not write its response", e);
    }
  }

  private MockResponse dispatchRecorded(RecordedRequest request) {
    Fault fault;
    MockWebServer current;
    synchronized (this) {
      requests.add(ReceivedRequest.of(request));
      fault = faults.pollFirst();
      current = server;
    }
    if (fault == null) {
      return handleSafely(request);
    }
    switch (fault.kind()) {
      case DROP_CONNECTION:
        if (current != null) {
          DropWarnings.expectOne(current);
        }
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case REDIRECT:
        MockResponse redirect = new MockResponse().setResponseCode(fault.status());
        fault.headers().forEach(redirect::setHeader);
        return redirect;
      case DELAY:
        return handleSafely(request)
            .setHeadersDelay(fault.delay().toMillis(), TimeUnit.MILLISECONDS);
      default:
        MockResponse response =
            error(fault.status(), null, "injected fault: HTTP " + fault.status());
        fault.headers().forEach(response::setHeader);
        return response;
    }
  }

  private MockResponse handleSafely(RecordedRequest request) {
    synchronized (this) {
      try {
        return handle(request);
      } catch (RuntimeException e) {
        // A bug in a fake must show as a 500 the test can see, not as a hung connection.
        return error(500, "fake_error", "the fake failed: " + e);
      }
    }
  }
}
