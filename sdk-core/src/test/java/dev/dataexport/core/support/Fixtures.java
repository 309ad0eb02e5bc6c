package dev.dataexport.core.support;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;

/** Shared values of the core's tests. */
public final class Fixtures {
  /** The instant every test clock shows: 2024-01-01T00:00:00Z. */
  public static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  /** Default policy without jitter, so backoff waits are exact: 0.5 s, 1 s, 2 s ... 8 s. */
  public static final RetryPolicy NO_JITTER = RetryPolicy.builder().jitter(0).build();

  public static final ResponseDecoder<JsonNode> JSON = ResponseDecoder.json(JsonNode.class);

  private Fixtures() {}

  /** A MockWebServer started on 127.0.0.1. */
  public static MockWebServer startServer() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /**
   * A client builder pointed at {@code server} with a recording sleeper, the fixed clock and no
   * jitter.
   */
  public static TestClient.Builder clientFor(MockWebServer server, RecordingSleeper sleeper) {
    return TestClient.builder()
        .baseUrl(server.url("/").toString())
        .sleeper(sleeper)
        .clock(CLOCK)
        .retryPolicy(NO_JITTER);
  }

  /** A change that is not safe to repeat: PATCH /things/t1 with {"x":1}. */
  public static ApiRequest patch() {
    return ApiRequest.builder(HttpMethod.PATCH)
        .path("things")
        .pathParam("id", "t1")
        .jsonBody(Map.of("x", 1))
        .build();
  }

  /** A read, safe to repeat: GET /things/t1. */
  public static ApiRequest get() {
    return ApiRequest.builder(HttpMethod.GET)
        .path("things")
        .pathParam("id", "t1")
        .safeToRepeat(true)
        .build();
  }

  /** A loopback port nothing listens on. */
  public static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text for tree comparison. */
  public static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
