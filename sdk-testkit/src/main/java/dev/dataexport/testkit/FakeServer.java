package dev.dataexport.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
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
  private final Map<String, Integer> applied = new HashMap<>();
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  private RateLimiter limiter;
  private long rateLimited;
  private long appliedCount;
  private boolean changeCounted;
  private MockWebServer server;
  private CountDownLatch stopping = new CountDownLatch(0);
  private final List<Runnable> closers = new ArrayList<>();

  /** Only the testkit's own fakes extend this class. */
  FakeServer() {}

  /** Starts the server on 127.0.0.1 and an ephemeral port; returns this fake. Idempotent. */
  public synchronized FakeServer start() {
    if (server == null) {
      MockWebServer started = new MockWebServer();
      started.setServerSocketFactory(new NoDelayServerSockets());
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
      stopping = new CountDownLatch(1);
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

  /**
   * Enforces {@code limits} from now on, with fresh (full) buckets; with none, turns rate limiting
   * off (the default). A request beyond a limit is answered 429 the way the vendor answers it,
   * before any queued {@link #failNext fault} or check, and is counted in {@link
   * #rateLimitedCount()}.
   */
  public synchronized FakeServer rateLimit(RateLimit... limits) {
    List<RateLimit> list = List.of(limits);
    limiter = list.isEmpty() ? null : new RateLimiter(list);
    return this;
  }

  /** How many requests were answered 429 because of a {@link #rateLimit rate limit}. */
  public synchronized long rateLimitedCount() {
    return rateLimited;
  }

  /**
   * How many changes the fake applied: write requests (create, update, delete, starting a sync or
   * transfer) it acted on, including those whose answer a fault then lost, and excluding idempotent
   * replays, refusals and connection tests. With {@link #appliedChanges()}, the proof that no
   * change was lost or made twice.
   */
  public synchronized long appliedChangeCount() {
    return appliedCount;
  }

  /**
   * The changes applied per path (for example {@code /destinations/dst_1}, without the query): a
   * path applied twice shows 2.
   */
  public synchronized Map<String, Integer> appliedChanges() {
    return Map.copyOf(applied);
  }

  /** Forgets the applied changes and the rate-limited count (the buckets are kept). */
  public synchronized void clearCounters() {
    applied.clear();
    appliedCount = 0;
    rateLimited = 0;
  }

  /**
   * Closes the clients the fake built for its caller ({@code client()}), then stops the server;
   * idempotent. An answer still held by {@link Fault#delay} ends at once (its connection is closed
   * without it), so stopping never waits for a delay.
   */
  @Override
  public void close() {
    MockWebServer stopped;
    CountDownLatch stop;
    List<Runnable> clients;
    synchronized (this) {
      stopped = server;
      stop = stopping;
      server = null;
      clients = List.copyOf(closers);
      closers.clear();
    }
    clients.forEach(Runnable::run); // the fake's own clients first, so they retry nothing
    if (stopped == null) {
      return;
    }
    // Outside the fake's lock: shutdown() waits for the server threads, and a request that
    // arrives meanwhile (a client's retry) takes the lock to be recorded.
    stop.countDown(); // before shutdown(), so no thread still waits out a delay
    try {
      stopped.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DropWarnings.forget(stopped); // after shutdown(): an ended delay's warning is dropped too
    }
  }

  /** Makes {@link #close()} run {@code close} (a client the fake built for its caller) first. */
  final synchronized void closeWithFake(Runnable close) {
    closers.add(close);
  }

  /**
   * {@code response}, answered after {@code delay}. The fake holds the wait itself, outside its
   * lock, rather than MockWebServer's headers delay: {@link #close()} can end it.
   */
  static MockResponse delayed(MockResponse response, Duration delay) {
    return response.setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
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

  /** The clock a rate limit without its own clock reads: the fake's time. */
  abstract Clock clock();

  /**
   * The route a per-route limit counts {@code request} under: the method and the path pattern.
   * Called under the fake's lock.
   */
  abstract String routeOf(RecordedRequest request);

  /** The credential a per-key limit counts {@code request} under (empty when none was sent). */
  String keyOf(RecordedRequest request) {
    String key = request.getHeader("X-API-KEY");
    if (key == null) {
      key = request.getHeader("Authorization");
    }
    return key == null ? "" : key;
  }

  /** The vendor's answer to a request beyond a rate limit. */
  abstract MockResponse rateLimited(RateLimiter.Verdict verdict);

  /**
   * Adds the quota headers the vendor sends on every answer while a limit is set; none by default
   * (Stigg and Prequel publish none).
   */
  MockResponse withQuota(MockResponse response, RateLimiter.Verdict verdict) {
    return response;
  }

  /** Whether {@code request}, answered 2xx, changed the fake's state; every write by default. */
  boolean changes(RecordedRequest request) {
    return WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT));
  }

  /**
   * Counts {@code request} as applied although its answer is not a success (a fault lost it after
   * the fake acted). Called from {@link #handle} under the fake's lock.
   */
  void applied(RecordedRequest request) {
    changeCounted = true;
    String path = request.getPath() == null ? "" : request.getPath();
    int query = path.indexOf('?');
    applied.merge(query < 0 ? path : path.substring(0, query), 1, Integer::sum);
    appliedCount++;
  }

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
    CountDownLatch stop;
    RateLimiter.Verdict verdict = null;
    synchronized (this) {
      requests.add(ReceivedRequest.of(request));
      forgetQueued(server);
      if (limiter != null) {
        verdict = limiter.take(routeOf(request), keyOf(request), clock());
        if (!verdict.allowed()) {
          rateLimited++;
          return withQuota(rateLimited(verdict), verdict);
        }
      }
      fault = faults.pollFirst();
      current = server;
      stop = stopping;
    }
    MockResponse response = hold(answer(request, fault, current), stop, current);
    return verdict == null ? response : withQuotaLocked(response, verdict);
  }

  /** Waits out the {@link #delayed} part of {@code response}, or until the fake stops. */
  private static MockResponse hold(
      MockResponse response, CountDownLatch stop, MockWebServer current) {
    long millis = response.getHeadersDelay(TimeUnit.MILLISECONDS);
    if (millis <= 0) {
      return response;
    }
    response.setHeadersDelay(0, TimeUnit.MILLISECONDS);
    boolean stopped;
    try {
      stopped = stop.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
    if (!stopped || current == null) {
      return response;
    }
    DropWarnings.expectOne(current);
    return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
  }

  /**
   * Takes one request off MockWebServer's own queue, which holds every request until {@code
   * takeRequest} and so grows without bound in a long run: the fake keeps its own record instead.
   */
  private static void forgetQueued(MockWebServer server) {
    if (server != null) {
      try {
        server.takeRequest(0, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private synchronized MockResponse withQuotaLocked(
      MockResponse response, RateLimiter.Verdict verdict) {
    return withQuota(response, verdict);
  }

  private MockResponse answer(RecordedRequest request, Fault fault, MockWebServer current) {
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
        return delayed(handleSafely(request), fault.delay());
      default:
        MockResponse response =
            error(fault.status(), null, "injected fault: HTTP " + fault.status());
        fault.headers().forEach(response::setHeader);
        return response;
    }
  }

  private MockResponse handleSafely(RecordedRequest request) {
    synchronized (this) {
      MockResponse response;
      changeCounted = false;
      try {
        response = handle(request);
      } catch (RuntimeException e) {
        // A bug in a fake must show as a 500 the test can see, not as a hung connection.
        return error(500, "fake_error", "the fake failed: " + e);
      }
      if (!changeCounted
          && succeeded(response)
          && changes(request)
          && response.getHeaders().get("Idempotent-Replayed") == null) {
        applied(request);
      }
      return response;
    }
  }

  /** Whether the response's status line says 2xx ({@code HTTP/1.1 200 OK}). */
  private static boolean succeeded(MockResponse response) {
    String[] status = response.getStatus().split(" ", 3);
    return status.length > 1 && status[1].length() == 3 && status[1].charAt(0) == '2';
  }
}
