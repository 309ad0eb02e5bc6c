package dev.dataexport.launchdarkly.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer answering LaunchDarkly's destination calls by method and path, so concurrent
 * calls get their own answers: the list, a read of any destination (version 3, on, a Segment
 * config), and a patch; scripted answers per {@code "METHOD id"} come first. Every answer carries
 * the rate-limit headers with calls to spare. Records every request.
 */
final class LaunchDarklyRoutes implements AutoCloseable {
  static final String PREFIX = "/api/v2/destinations";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
  private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
  private volatile String list = "{\"items\":[]}";

  LaunchDarklyRoutes() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            String path = request.getPath();
            if (path.equals(PREFIX)) {
              return json(200, list);
            }
            String id = path.substring(path.lastIndexOf('/') + 1);
            Queue<MockResponse> answers = scripted.get(request.getMethod() + " " + id);
            MockResponse next = answers == null ? null : answers.poll();
            if (next != null) {
              return next;
            }
            boolean patched = request.getMethod().equals("PATCH");
            return json(
                200, destination(path.substring(PREFIX.length() + 1), patched ? 4 : 3, !patched));
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    String url = server.url("/").toString();
    return url.substring(0, url.length() - 1);
  }

  /** The destination at {@code key} ({@code proj/env/id}), as LaunchDarkly returns it. */
  static String destination(String key, long version, boolean on) {
    String id = key.substring(key.lastIndexOf('/') + 1);
    return "{\"_id\":\""
        + id
        + "\",\"name\":\"exports\",\"kind\":\"segment\",\"version\":"
        + version
        + ",\"on\":"
        + on
        + ",\"config\":{\"writeKey\":\"********\",\"userIDContextKind\":\"user\"},"
        + "\"_links\":{\"self\":{\"href\":\""
        + PREFIX
        + "/"
        + key
        + "\",\"type\":\"application/json\"}}}";
  }

  /** Answers the list call with these destinations. */
  void list(String... destinations) {
    list = "{\"items\":[" + String.join(",", destinations) + "]}";
  }

  /** Answers the next {@code method} call for {@code id} with {@code status} and these headers. */
  void answer(String method, String id, int status, String body, String... headers) {
    MockResponse response = json(status, body);
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    scripted.computeIfAbsent(method + " " + id, any -> new ConcurrentLinkedQueue<>()).add(response);
  }

  /** Fails the next {@code method} call for {@code id} with {@code status}. */
  void fail(String method, String id, int status, String... headers) {
    answer(
        method,
        id,
        status,
        "{\"code\":\"scripted\",\"message\":\"scripted " + status + "\"}",
        headers);
  }

  List<RecordedRequest> received() {
    return new ArrayList<>(received);
  }

  /** {@code METHOD id} of each request, in arrival order. */
  List<String> calls() {
    List<String> calls = new ArrayList<>();
    for (RecordedRequest request : received) {
      String path = request.getPath();
      calls.add(
          request.getMethod()
              + " "
              + (path.equals(PREFIX) ? "list" : path.substring(path.lastIndexOf('/') + 1)));
    }
    return calls;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setHeader("X-Ratelimit-Global-Remaining", "900")
        .setHeader("X-Ratelimit-Route-Remaining", "90")
        .setBody(body);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
