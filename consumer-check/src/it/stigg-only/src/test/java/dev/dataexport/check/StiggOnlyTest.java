package dev.dataexport.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * sdk-stigg alone, without the testkit: a call round-trips through OkHttp and Jackson at run time.
 */
class StiggOnlyTest {
  private static final String KEY = "CANARY-secret-123";

  private static UpdateSelectionRequest select() {
    return UpdateSelectionRequest.builder()
        .integrationId("int_1")
        .addEnabledModels("customers")
        .build();
  }

  @Test
  void anUpdateRoundTrips() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String body =
        "{\"data\":{\"destinations\":[{\"destinationId\":\"dst_1\",\"type\":\"snowflake\","
            + "\"connectedAt\":\"2026-01-01T00:00:00Z\",\"connectionStatus\":\"connected\",\"enabledModels\":[\"customers\"]}]}}";
    server.createContext(
        "/",
        exchange -> {
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    try (StiggClient client =
        StiggClient.builder()
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
            .build()) {
      DestinationList list = client.destinations().updateSelection("dst_1", select());
      assertTrue(list.find("dst_1").isPresent(), list.toString());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aClosedPortIsAConnectionError() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    try (StiggClient client =
        StiggClient.builder()
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + port)
            .maxRetries(0)
            .build()) {
      assertThrows(
          ApiConnectionException.class,
          () -> client.destinations().updateSelection("dst_1", select()));
    }
  }

  @Test
  void badInputFailsBeforeAnyCall() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                StiggClient.builder().apiKey(KEY).baseUrl("ftp://" + KEY + "@example.com").build());
    assertTrue(e.getMessage().startsWith("baseUrl must"), e.getMessage());
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
  }
}
