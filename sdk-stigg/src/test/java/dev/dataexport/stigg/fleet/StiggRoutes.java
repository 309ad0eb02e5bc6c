package dev.dataexport.stigg.fleet;

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
 * A MockWebServer answering by path, so concurrent calls get their own answers: a queue of scripted
 * answers per destination id, then Stigg's documented 200 list. Records every request.
 */
final class StiggRoutes implements AutoCloseable {
  static final String PREFIX = "/api/v1/data-export/destinations/";

  private final MockWebServer server = new MockWebServer();
  private final Map<String, Queue<MockResponse>> scripted = new ConcurrentHashMap<>();
  private final Queue<RecordedRequest> received = new ConcurrentLinkedQueue<>();

  StiggRoutes() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            String path = request.getPath();
            String id = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
            Queue<MockResponse> answers = scripted.get(id);
            MockResponse next = answers == null ? null : answers.poll();
            return next != null ? next : ok(id);
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

  /** Answers the next call for {@code id} with {@code status} and Stigg's error body. */
  void fail(String id, int status, String code, String... headers) {
    MockResponse response =
        json(status, "{\"message\":\"scripted " + status + "\",\"code\":\"" + code + "\"}");
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    scripted.computeIfAbsent(id, any -> new ConcurrentLinkedQueue<>()).add(response);
  }

  List<RecordedRequest> received() {
    return new ArrayList<>(received);
  }

  /** The ids of the PATCHes received, in arrival order. */
  List<String> patched() {
    List<String> ids = new ArrayList<>();
    for (RecordedRequest request : received) {
      if (request.getMethod().equals("PATCH")) {
        ids.add(request.getPath().substring(PREFIX.length()));
      }
    }
    return ids;
  }

  private static MockResponse ok(String id) {
    return json(
        200,
        "{\"data\":{\"destinations\":[{\"type\":\"snowflake\",\"connectedAt\":"
            + "\"2026-06-04T12:00:00.000Z\",\"destinationId\":\""
            + id
            + "\",\"enabledModels\":[\"customers\",\"invoices\"]}]}}");
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
