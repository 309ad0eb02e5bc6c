package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.prequel.PrequelClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fakes' rate limits, driven with raw HTTP on each fake's own clock: the vendor's 429, the
 * quota headers, and the counters a benchmark proves "nothing lost, nothing doubled" with.
 */
class RateLimitTest {
  private static final OkHttpClient HTTP = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String STIGG_PATH = "/api/v1/data-export/destinations/";
  private static final String SELECTION =
      "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\"]}";

  @RegisterExtension
  final FakeStigg stigg =
      new FakeStigg()
          .addDestination("int_1", "dst_1", "snowflake")
          .addDestination("int_1", "dst_2", "snowflake");

  @RegisterExtension
  final FakeLaunchDarkly launchDarkly =
      new FakeLaunchDarkly()
          .addDestination(
              DestinationKey.of("proj", "env", "d1"), "segment", "seg", true, Map.of("w", "x"));

  @RegisterExtension
  final FakePrequel prequel =
      new FakePrequel()
          .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
          .addDestination("dst_1", "postgres", null);

  @AfterAll
  static void shutdownHttp() {
    HTTP.dispatcher().executorService().shutdown();
    HTTP.connectionPool().evictAll();
  }

  @Test
  void stiggAnswers429WithRetryAfterBeyondTheBucketAndRefillsOnItsClock() throws IOException {
    stigg.rateLimit(RateLimit.perKey(2, Duration.ofSeconds(1)));
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    assertThat(stiggPatch("dst_2").status()).isEqualTo(200);

    Reply refused = stiggPatch("dst_1");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().get("Retry-After")).isEqualTo("1"); // 0.5 s, in whole seconds
    assertThat(refused.body())
        .isEqualTo(
            Json.mapper()
                .readTree(
                    "{\"message\":\"Rate limit exceeded, retry later\","
                        + "\"code\":\"RateLimitExceeded\"}"));
    assertThat(refused.headers().get("X-Ratelimit-Route-Remaining")).isNull();

    stigg.clock().advance(Duration.ofMillis(499));
    assertThat(stiggPatch("dst_1").status()).as("not yet a whole token").isEqualTo(429);
    stigg.clock().advance(Duration.ofMillis(1));
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);

    assertThat(stigg.rateLimitedCount()).isEqualTo(2);
    assertThat(stigg.appliedChangeCount()).isEqualTo(3);
    assertThat(stigg.appliedChanges())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(STIGG_PATH + "dst_1", 2, STIGG_PATH + "dst_2", 1));
    assertThat(stigg.requestCount()).isEqualTo(5); // refused requests are recorded too
  }

  @Test
  void aPerRouteLimitCountsEachRouteApartAndTheOffSwitchClearsIt() throws IOException {
    stigg.rateLimit(RateLimit.perRoute(1, Duration.ofMinutes(1)));
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    assertThat(stiggPatch("dst_2").status()).as("same route, other id").isEqualTo(429);
    assertThat(send(stigg, "GET", "/api/v1/data-export/models", null, stiggKey()).status())
        .isEqualTo(200);
    stigg.rateLimit();
    assertThat(stiggPatch("dst_2").status()).isEqualTo(200);
    assertThat(stigg.rateLimitedCount()).isEqualTo(1);
  }

  @Test
  void stiggCountsAChangeWhoseAnswerWasLostButNotAReplay() throws IOException {
    stigg.failNextAfterActing(1, Fault.status(503));
    assertThat(stiggPatch("dst_1", "Idempotency-Key", "k1").status()).isEqualTo(503);
    Reply replayed = stiggPatch("dst_1", "Idempotency-Key", "k1");
    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.headers().get("Idempotent-Replayed")).isEqualTo("true");
    stigg.failNext(1, Fault.dropConnection());
    OkHttpClient once = HTTP.newBuilder().retryOnConnectionFailure(false).build();
    Request dropped =
        new Request.Builder()
            .url(stigg.baseUrl() + STIGG_PATH + "dst_2")
            .header("X-API-KEY", FakeStigg.DEFAULT_API_KEY)
            .patch(RequestBody.create(SELECTION.getBytes(StandardCharsets.UTF_8), JSON))
            .build();
    assertThatThrownBy(() -> once.newCall(dropped).execute().close())
        .as("dropped before the fake acted")
        .isInstanceOf(IOException.class);

    assertThat(stigg.appliedChanges()).containsExactly(Map.entry(STIGG_PATH + "dst_1", 1));
    stigg.clearCounters();
    assertThat(stigg.appliedChangeCount()).isZero();
  }

  @Test
  void prequelAnswers429InItsEnvelopeWithRetryAfter() throws IOException {
    prequel.rateLimit(RateLimit.perKey(1, Duration.ofSeconds(3)));
    String[] headers = prequelHeaders();
    Reply update =
        send(
            prequel, "PATCH", "/destinations/dst_1", "{\"destination\":{\"name\":\"n\"}}", headers);
    assertThat(update.status()).isEqualTo(200);

    Reply refused = send(prequel, "GET", "/destinations/dst_1", null, headers);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.headers().get("Retry-After")).isEqualTo("3");
    assertThat(refused.body())
        .isEqualTo(
            Json.mapper()
                .readTree(
                    "{\"status\":\"error\",\"data\":null,"
                        + "\"message\":\"rate limit exceeded, retry later\"}"));

    prequel.advanceClock(Duration.ofSeconds(3));
    Reply test =
        send(
            prequel,
            "POST",
            "/destinations/dst_1/test-connection",
            "{\"destination\":{}}",
            headers);
    assertThat(test.status()).isEqualTo(200);
    assertThat(prequel.rateLimitedCount()).isEqualTo(1);
    // the update is a change; the connection test is not
    assertThat(prequel.appliedChanges()).containsExactly(Map.entry("/destinations/dst_1", 1));
  }

  @Test
  void launchDarklySendsTheQuotaOnEveryAnswerAnd429sWithItsHeaders() throws IOException {
    launchDarkly.rateLimit(
        RateLimit.perKey(10, Duration.ofSeconds(10)),
        RateLimit.perRoute(3, Duration.ofSeconds(10)));
    long now = launchDarkly.clock().millis();
    String path = "/api/v2/destinations/proj/env/d1";

    Reply first = send(launchDarkly, "GET", path, null, ldKey());
    assertThat(first.status()).isEqualTo(200);
    assertThat(quota(first))
        .containsExactly(
            Map.entry("X-Ratelimit-Global-Remaining", "9"),
            Map.entry("X-Ratelimit-Route-Remaining", "2"),
            // the route bucket is the tightest; one token back takes 10/3 s
            Map.entry("X-Ratelimit-Reset", Long.toString(now + 3333)));

    Reply missing = send(launchDarkly, "GET", "/api/v2/destinations/proj/env/nope", null, ldKey());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(quota(missing)).containsEntry("X-Ratelimit-Route-Remaining", "1");
    Reply list = send(launchDarkly, "GET", "/api/v2/destinations", null, ldKey());
    assertThat(quota(list))
        .as("another route has its own bucket")
        .containsEntry("X-Ratelimit-Global-Remaining", "7")
        .containsEntry("X-Ratelimit-Route-Remaining", "2");
    send(launchDarkly, "GET", path, null, ldKey());

    Reply refused = send(launchDarkly, "GET", path, null, ldKey());
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.body().get("code").textValue()).isEqualTo("rate_limited");
    assertThat(refused.headers().get("Retry-After")).isNull(); // LaunchDarkly's token limits
    assertThat(quota(refused))
        .containsEntry("X-Ratelimit-Route-Remaining", "0")
        .containsEntry("X-Ratelimit-Global-Remaining", "6")
        .containsEntry("X-Ratelimit-Reset", Long.toString(now + 10_000));
    assertThat(launchDarkly.rateLimitedCount()).isEqualTo(1);
    assertThat(launchDarkly.appliedChangeCount()).isZero();
  }

  @Test
  void launchDarklysClientWaitsForTheResetOnTheFakesClock() {
    launchDarkly.rateLimit(RateLimit.perRoute(1, Duration.ofSeconds(2)));
    DestinationKey key = DestinationKey.of("proj", "env", "d1");
    launchDarkly.client().destinations().get(key);
    launchDarkly.client().destinations().get(key); // 429, waits for the reset, then succeeds
    assertThat(launchDarkly.sleeper().waits()).hasSize(1);
    assertThat(launchDarkly.sleeper().waits().get(0))
        .isBetween(Duration.ofSeconds(2), Duration.ofMillis(2250)); // the reset plus jitter
    assertThat(launchDarkly.rateLimitedCount()).isEqualTo(1);
  }

  @Test
  void aLimitOnAnotherClockRefillsOnThatClock() throws IOException {
    Clock frozen = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    stigg.rateLimit(RateLimit.perKey(1, Duration.ofSeconds(1)).clock(frozen));
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    stigg.clock().advance(Duration.ofHours(1)); // not the limit's clock
    assertThat(stiggPatch("dst_1").status()).isEqualTo(429);
  }

  @Test
  void aBurstAllowsMoreThanTheRateAtOnce() throws IOException {
    stigg.rateLimit(RateLimit.perKey(1, Duration.ofSeconds(1)).burst(3));
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    assertThat(stiggPatch("dst_1").status()).isEqualTo(200);
    assertThat(stiggPatch("dst_1").status()).isEqualTo(429);
  }

  @Test
  void badLimitsFailNamingTheField() {
    assertThatThrownBy(() -> RateLimit.perKey(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requests must be >= 1, was 0");
    assertThatThrownBy(() -> RateLimit.perRoute(5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per must be positive, was PT0S");
    assertThatThrownBy(() -> RateLimit.perRoute(5, Duration.ofSeconds(1)).burst(0))
        .hasMessage("burst must be >= 1, was 0");
    assertThat(RateLimit.perKey(50, Duration.ofSeconds(1)))
        .hasToString("RateLimit{50 per PT1S per KEY, burst 50}");
  }

  private Reply stiggPatch(String id, String... headers) throws IOException {
    String[] all = new String[headers.length + 2];
    all[0] = "X-API-KEY";
    all[1] = FakeStigg.DEFAULT_API_KEY;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return send(stigg, "PATCH", STIGG_PATH + id, SELECTION, all);
  }

  private static String[] stiggKey() {
    return new String[] {"X-API-KEY", FakeStigg.DEFAULT_API_KEY};
  }

  private static String[] ldKey() {
    return new String[] {"Authorization", FakeLaunchDarkly.DEFAULT_ACCESS_TOKEN};
  }

  private static String[] prequelHeaders() {
    return new String[] {
      "X-API-KEY", FakePrequel.DEFAULT_API_KEY,
      "X-Prequel-Api-Version", PrequelClient.DEFAULT_API_VERSION
    };
  }

  private static Map<String, String> quota(Reply reply) {
    Map<String, String> quota = new LinkedHashMap<>();
    for (String name :
        new String[] {
          "X-Ratelimit-Global-Remaining", "X-Ratelimit-Route-Remaining", "X-Ratelimit-Reset"
        }) {
      String value = reply.headers().get(name);
      if (value != null) {
        quota.put(name, value);
      }
    }
    return quota;
  }

  private static Reply send(
      FakeServer fake, String method, String path, String body, String... headers)
      throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(fake.baseUrl() + path)
            .method(
                method,
                body == null
                    ? null
                    : RequestBody.create(body.getBytes(StandardCharsets.UTF_8), JSON));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try (Response response = HTTP.newCall(request.build()).execute()) {
      String text = response.body().string();
      return new Reply(
          response.code(),
          text.isEmpty() ? null : Json.mapper().readTree(text),
          response.headers());
    }
  }

  private record Reply(int status, JsonNode body, Headers headers) {}
}
