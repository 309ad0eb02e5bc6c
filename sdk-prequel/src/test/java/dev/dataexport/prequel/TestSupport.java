package dev.dataexport.prequel;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Shared helpers of the sdk-prequel tests. */
final class TestSupport {
  static final String API_KEY = "sk_test_CANARYKEY123";

  private TestSupport() {}

  /** A started MockWebServer on 127.0.0.1. */
  static MockWebServer server() {
    MockWebServer server = new MockWebServer();
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return server;
  }

  /** A builder pointed at {@code server} whose retries never really sleep. */
  static PrequelClient.Builder clientBuilder(MockWebServer server, List<Duration> waits) {
    return PrequelClient.builder()
        .apiKey(API_KEY)
        .baseUrl(server.url("/").toString())
        .sleeper(
            new Sleeper() {
              @Override
              public void sleep(Duration duration) {
                waits.add(duration);
              }

              @Override
              public CompletableFuture<Void> sleepAsync(Duration duration) {
                waits.add(duration);
                return CompletableFuture.completedFuture(null);
              }
            });
  }

  /** A client pointed at {@code server}. */
  static PrequelClient client(MockWebServer server) {
    return clientBuilder(server, Collections.synchronizedList(new ArrayList<>())).build();
  }

  /** A success envelope around {@code destination}. */
  static MockResponse ok(String destinationJson) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody(
            "{\"status\":\"success\",\"data\":{\"destination\":"
                + destinationJson
                + "},\"message\":\"ok\"}");
  }

  /** A success envelope with {@code data} (a JSON object's text) and the given status. */
  static MockResponse envelope(int status, String dataJson) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"status\":\"success\",\"data\":" + dataJson + ",\"message\":\"ok\"}");
  }

  /** Prequel's error envelope with {@code status} and {@code message}. */
  static MockResponse error(int status, String message) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"status\":\"error\",\"data\":null,\"message\":\"" + message + "\"}");
  }

  /** The headers every Prequel call sends with a JSON body, in any order. */
  static final List<String> HEADERS_WITH_BODY =
      List.of(
          "X-API-KEY",
          "X-Prequel-Api-Version",
          "Content-Type",
          "Content-Length",
          "Accept",
          "User-Agent",
          "Host",
          "Connection",
          "Accept-Encoding");

  /** The headers every Prequel call without a body sends, in any order. */
  static final List<String> HEADERS_WITHOUT_BODY =
      List.of(
          "X-API-KEY",
          "X-Prequel-Api-Version",
          "Accept",
          "User-Agent",
          "Host",
          "Connection",
          "Accept-Encoding");

  /**
   * Asserts every header of a Prequel call: exactly the expected names, the key, the API version,
   * {@code Accept}, the User-Agent, and {@code Content-Type} when it has a body.
   */
  static void assertPrequelHeaders(RecordedRequest request, boolean withBody) {
    org.assertj.core.api.Assertions.assertThat(request.getHeaders().names())
        .containsExactlyInAnyOrderElementsOf(withBody ? HEADERS_WITH_BODY : HEADERS_WITHOUT_BODY);
    org.assertj.core.api.Assertions.assertThat(request.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    org.assertj.core.api.Assertions.assertThat(request.getHeader("X-Prequel-Api-Version"))
        .isEqualTo("2023-12-01");
    org.assertj.core.api.Assertions.assertThat(request.getHeader("Accept"))
        .isEqualTo("application/json");
    org.assertj.core.api.Assertions.assertThat(request.getHeader("User-Agent"))
        .startsWith("dataexport-java/");
    if (withBody) {
      org.assertj.core.api.Assertions.assertThat(request.getHeader("Content-Type"))
          .isEqualTo("application/json");
    }
  }

  /** A success envelope around a minimal destination. */
  static MockResponse ok() {
    return ok("{\"id\":\"dst_1\",\"vendor\":\"postgres\"}");
  }

  /** Parses JSON text. */
  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The recorded request's body as a JSON tree. */
  static JsonNode body(RecordedRequest request) {
    return json(request.getBody().readUtf8());
  }

  /**
   * Serializes a value with the SDK's mapper and reads the bytes back: the JSON as sent (a tree
   * made directly would tell a {@code long} 15 from an {@code int} 15, which the wire does not).
   */
  static JsonNode tree(Object value) {
    try {
      return Json.mapper().readTree(Json.mapper().writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
