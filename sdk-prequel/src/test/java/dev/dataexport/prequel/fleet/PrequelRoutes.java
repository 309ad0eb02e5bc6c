package dev.dataexport.prequel.fleet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer answering Prequel's destination calls by method and path, so concurrent calls get
 * their own answers: a list in pages of two, a read of any destination (every 30 minutes) and an
 * update; scripted answers per {@code "METHOD id"} come first. Records every request.
 */
final class PrequelRoutes implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
  private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();
  private volatile List<String> listed = List.of();

  PrequelRoutes() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            String path = request.getPath();
            if (path.startsWith("/destinations?")) {
              int page =
                  path.contains("cursor=") ? Integer.parseInt(path.replaceAll(".*cursor=", "")) : 0;
              return page(page);
            }
            String id = path.substring("/destinations/".length());
            Queue<MockResponse> answers = scripted.get(request.getMethod() + " " + id);
            MockResponse next = answers == null ? null : answers.poll();
            return next != null ? next : json(200, envelope("destination", destination(id, 30)));
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  static String destination(String id, long frequencyMinutes) {
    return "{\"id\":\""
        + id
        + "\",\"vendor\":\"postgres\",\"frequency_minutes\":"
        + frequencyMinutes
        + ",\"enabled_models\":[\"orders\"],\"is_enabled\":true}";
  }

  /** The list: these destinations ({@link #destination} JSON), two per page. */
  void list(String... destinations) {
    listed = List.of(destinations);
  }

  /** Answers the next {@code method} call for {@code id} with {@code status}. */
  void fail(String method, String id, int status, String... headers) {
    MockResponse response =
        json(status, "{\"status\":\"error\",\"message\":\"scripted " + status + "\"}");
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    scripted.computeIfAbsent(method + " " + id, any -> new ConcurrentLinkedQueue<>()).add(response);
  }

  List<RecordedRequest> received() {
    return new ArrayList<>(received);
  }

  /** {@code METHOD id} of each call, {@code GET page} for a list page, in arrival order. */
  List<String> calls() {
    return received.stream()
        .map(
            request ->
                request.getPath().startsWith("/destinations?")
                    ? "GET page"
                    : request.getMethod()
                        + " "
                        + request.getPath().substring("/destinations/".length()))
        .collect(Collectors.toList());
  }

  private MockResponse page(int page) {
    List<String> all = listed;
    int from = Math.min(page * 2, all.size());
    int to = Math.min(from + 2, all.size());
    boolean more = to < all.size();
    String body =
        "{\"status\":\"success\",\"data\":{\"destinations\":["
            + String.join(",", all.subList(from, to))
            + "]},\"has_next\":"
            + more
            + (more
                ? ",\"next_url\":\""
                    + server.url("/destinations?page_size=2&cursor=" + (page + 1))
                    + "\""
                : "")
            + ",\"message\":\"ok\"}";
    return json(200, body);
  }

  private static String envelope(String name, String data) {
    return "{\"status\":\"success\",\"data\":{\"" + name + "\":" + data + "},\"message\":\"ok\"}";
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
