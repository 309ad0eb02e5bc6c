package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.CLOCK;
import static dev.dataexport.launchdarkly.TestSupport.NOW;
import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.destination;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.launchdarkly.internal.ResetWait;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429 handling with each combination of LaunchDarkly's rate-limit headers; waits recorded, never
 * slept.
 */
class RateLimitTest {
  private static final String CONFIG = "{\"topic\":\"t\"}";
  private static final long NOW_MS = NOW.toEpochMilli();

  private MockWebServer server;
  private TestSupport.Waits waits;
  private LaunchDarklyClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    waits = new TestSupport.Waits();
    // Jitter fixed at half of its range: 125 ms.
    client = clientFor(server, waits).rateLimitWait(new ResetWait(() -> 0.5)).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private static MockResponse rateLimited(String... headers) {
    MockResponse response =
        json(
            429, "{\"code\":\"rate_limited\",\"message\":\"You've exceeded the API rate limit.\"}");
    for (int i = 0; i < headers.length; i += 2) {
      response.setHeader(headers[i], headers[i + 1]);
    }
    return response;
  }

  private Destination get() {
    return client.destinations().get(DestinationKey.of("p", "e", "d"));
  }

  @Test
  void retryAfterWinsOverTheResetTime() {
    server.enqueue(
        rateLimited("Retry-After", "2", "X-Ratelimit-Reset", String.valueOf(NOW_MS + 9000)));
    server.enqueue(destination(1, true, CONFIG));
    assertThat(get().version()).hasValue(1);
    assertThat(waits.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void waitsUntilTheResetTimePlusJitter() {
    server.enqueue(
        rateLimited(
            "X-Ratelimit-Reset",
            String.valueOf(NOW_MS + 1500),
            "X-Ratelimit-Global-Remaining",
            "0",
            "X-Ratelimit-Route-Remaining",
            "0"));
    server.enqueue(destination(1, true, CONFIG));
    get();
    assertThat(waits.waits).containsExactly(Duration.ofMillis(1500 + 125));
  }

  @Test
  void aResetInThePastGivesAShortJitteredWaitNeverANegativeOne() {
    server.enqueue(rateLimited("X-Ratelimit-Reset", String.valueOf(NOW_MS - 60_000)));
    server.enqueue(rateLimited("X-Ratelimit-Reset", String.valueOf(NOW_MS)));
    server.enqueue(destination(1, true, CONFIG));
    get();
    assertThat(waits.waits)
        .containsExactly(Duration.ofMillis(100 + 125), Duration.ofMillis(100 + 125));
  }

  @Test
  void withoutHeadersOrWithAnUnreadableResetTheCoreBacksOff() {
    server.enqueue(rateLimited());
    server.enqueue(rateLimited("X-Ratelimit-Reset", "soon"));
    server.enqueue(destination(1, true, CONFIG));
    get();
    assertThat(waits.waits).hasSize(2);
    assertThat(waits.waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(waits.waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void remainingHeadersAloneDoNotChangeTheWait() {
    server.enqueue(rateLimited("X-Ratelimit-Route-Remaining", "0"));
    server.enqueue(destination(1, true, CONFIG));
    get();
    assertThat(waits.waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
  }

  @Test
  void aResetBeyondTheCapFailsAtOnceWithTheWaitAndHeaders() {
    server.enqueue(
        rateLimited(
            "X-Ratelimit-Reset",
            String.valueOf(NOW_MS + 90_000),
            "X-Ratelimit-Global-Remaining",
            "0",
            "X-Ratelimit-Route-Remaining",
            "12"));
    ApiException.RateLimited e = catchThrowableOfType(ApiException.RateLimited.class, this::get);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits.waits).isEmpty();
    assertThat(e.retryAfter()).contains(Duration.ofMillis(90_000 + 125));
    assertThat(LaunchDarklyErrorCode.from(e)).contains(LaunchDarklyErrorCode.RATE_LIMITED);
    LaunchDarklyRateLimit limit = LaunchDarklyRateLimit.from(e);
    assertThat(limit.globalRemaining()).hasValue(0);
    assertThat(limit.routeRemaining()).hasValue(12);
    assertThat(limit.reset()).contains(Instant.ofEpochMilli(NOW_MS + 90_000));
    assertThat(limit.isPresent()).isTrue();
  }

  @Test
  void exhaustedRetriesEndInARateLimitException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          rateLimited(
              "X-Ratelimit-Reset",
              String.valueOf(NOW_MS + 1000),
              "X-Ratelimit-Global-Remaining",
              "0"));
    }
    ApiException.RateLimited e = catchThrowableOfType(ApiException.RateLimited.class, this::get);
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(e.attempts()).hasSize(3);
    assertThat(waits.waits).containsExactly(Duration.ofMillis(1125), Duration.ofMillis(1125));
    assertThat(LaunchDarklyRateLimit.from(e).globalRemaining()).hasValue(0);
  }

  @Test
  void aNonIdempotentPatchIsRetriedOnA429Too() throws Exception {
    // A 429 means the change was not applied, so even an unsafe patch is sent again.
    server.enqueue(rateLimited("X-Ratelimit-Reset", String.valueOf(NOW_MS + 500)));
    server.enqueue(destination(2, true, CONFIG));
    Destination d =
        client
            .destinations()
            .patchAsync(
                DestinationKey.of("p", "e", "d"),
                JsonPatch.builder().add("/config/list/-", 1).build())
            .get(5, TimeUnit.SECONDS);
    assertThat(d.version()).hasValue(2);
    assertThat(waits.waits).containsExactly(Duration.ofMillis(625));
  }

  @Test
  void theResetWaitItself() {
    ResetWait low = new ResetWait(() -> 0.0);
    ResetWait high = new ResetWait(() -> 0.999);
    ResponseHeaders future = ResponseHeaders.of("X-Ratelimit-Reset", String.valueOf(NOW_MS + 3000));
    assertThat(low.waitFor(future, CLOCK)).contains(Duration.ofMillis(3000));
    assertThat(high.waitFor(future, CLOCK)).contains(Duration.ofMillis(3249));
    assertThat(low.waitFor(ResponseHeaders.of("X-Ratelimit-Reset", "1"), CLOCK))
        .contains(Duration.ofMillis(100));
    assertThat(low.waitFor(ResponseHeaders.empty(), CLOCK)).isEmpty();
    assertThat(low.waitFor(ResponseHeaders.of("X-Ratelimit-Reset", "-"), CLOCK)).isEmpty();
    ResetWait random = new ResetWait();
    for (int i = 0; i < 50; i++) {
      assertThat(random.waitFor(ResponseHeaders.of("X-Ratelimit-Reset", "0"), CLOCK).orElseThrow())
          .isBetween(Duration.ofMillis(100), Duration.ofMillis(350));
    }
  }

  @Test
  void readsTheQuotaHeadersTolerantly() {
    LaunchDarklyRateLimit none = LaunchDarklyRateLimit.from(ResponseHeaders.empty());
    assertThat(none.isPresent()).isFalse();
    assertThat(none.reset()).isEmpty();
    LaunchDarklyRateLimit odd =
        LaunchDarklyRateLimit.from(
            ResponseHeaders.of(
                "x-ratelimit-global-remaining",
                " 40 ",
                "X-Ratelimit-Route-Remaining",
                "many",
                "X-Ratelimit-Reset",
                "1714564800000.0"));
    assertThat(odd.globalRemaining()).hasValue(40);
    assertThat(odd.routeRemaining()).isEmpty();
    assertThat(odd.reset()).contains(Instant.ofEpochMilli(1714564800000L));
  }
}
