package dev.dataexport.stigg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on 127.0.0.1 plus the helpers every Stigg contract test uses. */
final class StiggServer implements AutoCloseable {
  static final String API_KEY = "stigg-test-key-4f9c";
  static final String DOCUMENTED_200 =
      "{\"data\":{\"destinations\":[{\"type\":\"snowflake\","
          + "\"connectedAt\":\"2026-06-04T12:00:00.000Z\",\"destinationId\":\"dst_9f2a1c7b3e4d\","
          + "\"connectionStatus\":\"connected\",\"lastSyncStatus\":{\"transferId\":\"transfer_4b8e2d1a\","
          + "\"status\":\"SUCCEEDED\",\"finishedAt\":\"2026-06-04T12:30:00.000Z\",\"rowsTransferred\":1284},"
          + "\"enabledModels\":[]}]}}";

  final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();

  StiggServer() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return server.url("/").toString();
  }

  /** A builder pointed at this server, with a recording sleeper and no credentials yet. */
  StiggClient.Builder builder() {
    return StiggClient.builder().baseUrl(baseUrl()).sleeper(sleeper);
  }

  StiggClient apiKeyClient() {
    return builder().apiKey(API_KEY).build();
  }

  void enqueue(int status, String body, String... headers) {
    MockResponse response =
        new MockResponse()
            .setResponseCode(status)
            .setBody(body)
            .setHeader("Content-Type", "application/json");
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    server.enqueue(response);
  }

  void enqueueOk() {
    enqueue(200, DOCUMENTED_200);
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request received");
      }
      return request;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static UpdateSelectionRequest request() {
    return UpdateSelectionRequest.builder()
        .integrationId("int_1")
        .addEnabledModels("customers", "invoices")
        .build();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /** Records waits without sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
      waits.add(duration);
    }

    @Override
    public CompletableFuture<Void> sleepAsync(Duration duration) {
      sleep(duration);
      return CompletableFuture.completedFuture(null);
    }
  }
}
