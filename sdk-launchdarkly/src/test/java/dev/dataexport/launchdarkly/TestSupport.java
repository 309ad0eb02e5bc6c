package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared helpers of this module's tests. */
final class TestSupport {
  static final String TOKEN = "api-canary-7f3e9a1c-token";
  static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestSupport() {}

  /** Records waits without sleeping. */
  static final class Waits implements Sleeper {
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

  static LaunchDarklyClient.Builder clientFor(MockWebServer server, Sleeper sleeper) {
    String url = server.url("/").toString();
    return LaunchDarklyClient.builder()
        .accessToken(TOKEN)
        .baseUrl(url.substring(0, url.length() - 1))
        .sleeper(sleeper)
        .clock(CLOCK);
  }

  /** Asserts that {@code call} throws {@code type} with exactly {@code message}. */
  static void rejects(
      Class<? extends RuntimeException> type, String message, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(type).hasMessage(message);
  }

  /** Every header a call without a body sends, lower case. */
  static final Set<String> HEADERS_WITHOUT_BODY =
      Set.of(
          "authorization",
          "ld-api-version",
          "accept",
          "user-agent",
          "host",
          "connection",
          "accept-encoding");

  /** Every header a call with a JSON body sends, lower case. */
  static final Set<String> HEADERS_WITH_BODY =
      Set.of(
          "authorization",
          "ld-api-version",
          "accept",
          "user-agent",
          "content-type",
          "content-length",
          "host",
          "connection",
          "accept-encoding");

  /** The names of the request's headers, lower case. */
  static Set<String> headerNames(RecordedRequest request) {
    return StreamSupport.stream(request.getHeaders().spliterator(), false)
        .map(pair -> pair.getFirst().toLowerCase(Locale.ROOT))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Asserts the headers every call sends: the raw token, the API version, Accept, User-Agent. */
  static void assertCommonHeaders(RecordedRequest request) {
    assertThat(request.getHeader("Authorization")).isEqualTo(TOKEN);
    assertThat(request.getHeader("LD-API-Version")).isEqualTo("20240415");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("dataexport-java/");
  }

  static JsonNode tree(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MockResponse json(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json")
        .setBody(body);
  }

  static String destinationJson(long version, boolean on, String configJson) {
    return "{\"_id\":\"dest-1\",\"name\":\"exports\",\"kind\":\"google-pubsub\",\"version\":"
        + version
        + ",\"on\":"
        + on
        + ",\"createdAt\":1714564800000,\"config\":"
        + configJson
        + "}";
  }

  static MockResponse destination(long version, boolean on, String configJson) {
    return json(200, destinationJson(version, on, configJson));
  }
}
