package dev.dataexport.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One HTTP request a fake received: method, path, headers and body, copied when it arrived.
 *
 * <p>The testkit's own type, so tests written against it do not depend on the MockWebServer API and
 * keep compiling when the project moves from OkHttp 4.12 to 5.x. Immutable and thread-safe.
 */
public final class ReceivedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  private ReceivedRequest(
      String method, String path, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
  }

  /** Copies what the fakes need from MockWebServer's record, leaving its body unread. */
  static ReceivedRequest of(RecordedRequest request) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Headers received = request.getHeaders();
    for (int i = 0; i < received.size(); i++) {
      headers.computeIfAbsent(received.name(i), name -> new ArrayList<>()).add(received.value(i));
    }
    headers.replaceAll((name, values) -> List.copyOf(values));
    // snapshot() copies without consuming: the fake's handler still reads the body afterwards.
    byte[] body = request.getBody().snapshot().toByteArray();
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = request.getPath() == null ? "" : request.getPath();
    return new ReceivedRequest(method, path, Collections.unmodifiableMap(headers), body);
  }

  /** The HTTP method, for example {@code "PATCH"}. */
  public String method() {
    return method;
  }

  /**
   * The request target as sent: the encoded path with its query string, if any, for example {@code
   * "/api/v2/destinations/proj/env%2F1/dest"}.
   */
  public String path() {
    return path;
  }

  /** The first value of header {@code name} (matched ignoring case), or empty if absent. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every header in the order received, by name; the map is unmodifiable and its look-ups ignore
   * case.
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The body decoded as UTF-8; empty if the request had none. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body read as a JSON tree, ready for {@code equals} against an expected tree.
   *
   * @throws IllegalStateException if the request had no body or the body is not JSON
   */
  public JsonNode bodyJson() {
    if (body.length == 0) {
      throw new IllegalStateException(method + " " + path + " had no body");
    }
    try {
      return Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          method + " " + path + " did not send JSON: " + e.getOriginalMessage(), null);
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " body could not be read", e);
    }
  }

  /** Method, path, header count and body size; never header values, which may hold secrets. */
  @Override
  public String toString() {
    return method
        + " "
        + path
        + " ("
        + headers.size()
        + " headers, "
        + body.length
        + " body bytes)";
  }
}
