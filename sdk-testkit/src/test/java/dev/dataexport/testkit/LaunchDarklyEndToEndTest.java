package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.LaunchDarklyErrorCode;
import dev.dataexport.launchdarkly.LaunchDarklyRateLimit;
import dev.dataexport.launchdarkly.MergePatch;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sdk-launchdarkly end to end through {@link FakeLaunchDarkly}. */
class LaunchDarklyEndToEndTest {
  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  @RegisterExtension final FakeLaunchDarkly fake = new FakeLaunchDarkly();

  private LaunchDarklyClient ld;

  @BeforeEach
  void seed() {
    fake.addDestination(
        DestinationKey.of("proj", "production", "pubsub-1"),
        "google-pubsub",
        "exports",
        true,
        Map.of("project", "acme-prod", "topic", "ld-events"));
    fake.addDestination(
        DestinationKey.of("proj", "production", "segment-1"),
        "segment",
        "segment",
        true,
        Map.of("writeKey", "segment-write-key-9876", "userIDContextKind", "user"));
    ld = fake.client();
  }

  private JsonNode stored(String id) {
    return fake.destination(DestinationKey.of("proj", "production", id)).orElseThrow();
  }

  @Test
  void readsPatchesAndMergesAgainstTheFake() {
    Destination d = ld.destinations().get(DestinationKey.of("proj", "production", "pubsub-1"));
    assertThat(d.kind()).contains(DestinationKind.GOOGLE_PUBSUB);
    assertThat(d.googlePubSubConfig().orElseThrow().topic()).contains("ld-events");

    Destination patched =
        ld.destinations()
            .patch(
                DestinationKey.of("proj", "production", "pubsub-1"),
                JsonPatch.builder()
                    .test("/version", 1)
                    .replace("/on", false)
                    .replace("/config/topic", "exports")
                    .comment("pause")
                    .build());
    assertThat(patched.on()).contains(false);
    assertThat(patched.version()).hasValue(2);
    assertThat(patched.googlePubSubConfig().orElseThrow().topic()).contains("exports");

    Destination merged =
        ld.destinations()
            .mergePatch(
                DestinationKey.of("proj", "production", "pubsub-1"),
                MergePatch.builder().set("name", "renamed").build());
    assertThat(merged.name()).contains("renamed");
    assertThat(merged.version()).hasValue(3);
    assertThat(stored("pubsub-1").path("config").path("topic").textValue()).isEqualTo("exports");

    ReceivedRequest last = fake.lastRequest();
    assertThat(last.header("Authorization")).hasValue(fake.accessToken());
    assertThat(last.header("LD-API-Version")).hasValue("20240415");
    assertThat(last.header("Content-Type")).hasValue("application/json");
  }

  @Test
  void updateTurnsOffAndChangesConfigWithoutTouchingSecrets() {
    Destination d =
        ld.destinations()
            .update(
                DestinationKey.of("proj", "production", "segment-1"),
                DestinationChange.builder()
                    .on(false)
                    .config("userIDContextKind", "account")
                    .build());
    assertThat(d.on()).contains(false);
    assertThat(d.segmentConfig().orElseThrow().userIdContextKind()).contains("account");
    assertThat(d.version()).hasValue(2);
    JsonNode stored = stored("segment-1");
    assertThat(stored.path("config").path("writeKey").textValue())
        .isEqualTo("segment-write-key-9876");
    assertThat(fake.requests()).hasSize(2);
    assertThat(fake.lastRequest().bodyText()).doesNotContain("****");

    // Nothing left to change: no write.
    ld.destinations()
        .update(
            DestinationKey.of("proj", "production", "segment-1"),
            DestinationChange.builder().on(false).build());
    assertThat(fake.requests()).hasSize(3);
    assertThat(stored("segment-1").path("version").asLong()).isEqualTo(2);

    // A secret the caller gives is always written.
    ld.destinations()
        .update(
            DestinationKey.of("proj", "production", "segment-1"),
            DestinationChange.builder()
                .config("writeKey", Secret.of("rotated-write-key-1111"))
                .build());
    assertThat(stored("segment-1").path("config").path("writeKey").textValue())
        .isEqualTo("rotated-write-key-1111");
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 409})
  void updateWinsARaceAgainstAConcurrentChange(int testFailureStatus) {
    fake.testFailureStatus(testFailureStatus);
    fake.beforeNextPatch(
        () ->
            fake.changeDestination(
                DestinationKey.of("proj", "production", "pubsub-1"),
                JsonPatch.builder().replace("/name", "changed by someone else").build()));
    Destination d =
        ld.destinations()
            .update(
                DestinationKey.of("proj", "production", "pubsub-1"),
                DestinationChange.builder().on(false).config("topic", "exports").build());
    assertThat(d.on()).contains(false);
    assertThat(d.name()).contains("changed by someone else");
    assertThat(d.version()).hasValue(3);
    // get, patch (lost), get, patch (won)
    assertThat(fake.requests())
        .extracting(ReceivedRequest::method)
        .containsExactly("GET", "PATCH", "GET", "PATCH");
  }

  @Test
  void updateGivesUpWhenEveryAttemptLoses() {
    try (LaunchDarklyClient once = fake.clientBuilder().updateRetries(1).build()) {
      for (int i = 0; i < 2; i++) {
        fake.beforeNextPatch(
            () ->
                fake.changeDestination(
                    DestinationKey.of("proj", "production", "pubsub-1"),
                    JsonPatch.builder().replace("/name", "n" + System.nanoTime()).build()));
      }
      assertThatThrownBy(
              () ->
                  once.destinations()
                      .update(
                          DestinationKey.of("proj", "production", "pubsub-1"),
                          DestinationChange.builder().on(false).build()))
          .isInstanceOf(ApiException.BadRequest.class);
      assertThat(fake.requests())
          .extracting(ReceivedRequest::method)
          // Out of retries after the second lost race: no last GET whose answer is unused.
          .containsExactly("GET", "PATCH", "GET", "PATCH");
      assertThat(stored("pubsub-1").path("on").booleanValue()).isTrue();
    }
  }

  @Test
  void aRateLimitWithResetIsAbsorbedByRetries() {
    try (LaunchDarklyClient client =
        fake.clientBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
      fake.failNext(
          1,
          Fault.rateLimited(
              "X-Ratelimit-Reset",
              String.valueOf(NOW.toEpochMilli() + 2000),
              "X-Ratelimit-Global-Remaining",
              "0"));
      ApiResponse<Destination> response =
          client
              .destinations()
              .withRawResponse()
              .get(DestinationKey.of("proj", "production", "pubsub-1"), RequestOptions.none());
      assertThat(response.attempts()).hasSize(2);
      assertThat(response.value().id()).contains("pubsub-1");
      assertThat(fake.sleeper().waits()).hasSize(1);
      assertThat(fake.sleeper().waits().get(0))
          .isBetween(Duration.ofMillis(2000), Duration.ofMillis(2250));
      assertThat(LaunchDarklyRateLimit.from(response).isPresent()).isFalse();
    }
  }

  @Test
  void aServerErrorIsRetriedOnlyWhenTheChangeIsSafeToRepeat() {
    fake.failNext(1, Fault.status(503));
    ld.destinations()
        .patch(
            DestinationKey.of("proj", "production", "pubsub-1"),
            JsonPatch.builder().add("/config/list", 1).build());
    assertThat(stored("pubsub-1").path("version").asLong()).isEqualTo(2);

    fake.failNext(1, Fault.status(500));
    assertThatThrownBy(
            () ->
                ld.destinations()
                    .patch(
                        DestinationKey.of("proj", "production", "pubsub-1"),
                        JsonPatch.builder().remove("/config/list").build()))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(stored("pubsub-1").has("config")).isTrue();
    assertThat(stored("pubsub-1").path("config").has("list")).isTrue();

    fake.failNext(1, Fault.status(500));
    ld.destinations()
        .patch(
            DestinationKey.of("proj", "production", "pubsub-1"),
            JsonPatch.builder().test("/version", 2).remove("/config/list").build());
    assertThat(stored("pubsub-1").path("config").has("list")).isFalse();
    assertThat(stored("pubsub-1").path("version").asLong()).isEqualTo(3);
  }

  @Test
  void errorsCarryLaunchDarklysCodes() throws Exception {
    ApiException.NotFound missing =
        (ApiException.NotFound)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> ld.destinations().get(DestinationKey.of("proj", "production", "nope")));
    assertThat(LaunchDarklyErrorCode.from(missing)).contains(LaunchDarklyErrorCode.NOT_FOUND);
    try (LaunchDarklyClient wrong =
        fake.clientBuilder().accessToken("wrong-token-canary").build()) {
      assertThatThrownBy(
              () ->
                  wrong
                      .destinations()
                      .getAsync(DestinationKey.of("proj", "production", "pubsub-1"))
                      .get(5, TimeUnit.SECONDS))
          .hasCauseInstanceOf(dev.dataexport.core.errors.ApiException.Authentication.class)
          .hasMessageNotContaining("wrong-token-canary");
    }
  }
}
