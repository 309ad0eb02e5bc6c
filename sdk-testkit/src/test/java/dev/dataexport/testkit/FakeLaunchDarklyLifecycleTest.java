package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationFilter;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.DestinationKind;
import dev.dataexport.launchdarkly.DestinationList;
import dev.dataexport.launchdarkly.EnvironmentKey;
import dev.dataexport.launchdarkly.GooglePubSubConfig;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.NewDestination;
import dev.dataexport.launchdarkly.SegmentConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole destination lifecycle of sdk-launchdarkly through {@link FakeLaunchDarkly}. */
class FakeLaunchDarklyLifecycleTest {
  private static final EnvironmentKey STAGING = EnvironmentKey.of("proj", "staging");
  private static final String CANARY = "CANARY-secret-123";

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
    ld = fake.client();
  }

  private static NewDestination pubsub() {
    return NewDestination.builder()
        .name("staging exports")
        .config(GooglePubSubConfig.builder().project("acme-staging").topic("ld-events").build())
        .build();
  }

  @Test
  void createListFindUpdateAndDelete() {
    Destination created = ld.destinations().create(STAGING, pubsub());
    DestinationKey key = created.key().orElseThrow();
    assertThat(key.environment()).isEqualTo(STAGING);
    assertThat(key.id()).isEqualTo(created.id().orElseThrow());
    assertThat(created.version()).hasValue(1);
    assertThat(created.on()).contains(false);

    DestinationList all = ld.destinations().list();
    assertThat(all.items()).hasSize(2);
    assertThat(all.links().get("self").href()).contains("/api/v2/destinations");
    assertThat(all.find(STAGING, DestinationKind.GOOGLE_PUBSUB)).contains(created);
    assertThat(all.filter(DestinationFilter.all().environment("production")))
        .extracting(d -> d.id().orElseThrow())
        .containsExactly("pubsub-1");

    Destination updated =
        ld.destinations()
            .update(
                key, DestinationChange.builder().on(true).config("topic", "ld-staging").build());
    assertThat(updated.version()).hasValue(2);
    assertThat(updated.googlePubSubConfig().orElseThrow().topic()).contains("ld-staging");
    assertThat(ld.destinations().get(key)).isEqualTo(updated);

    assertThat(ld.destinations().delete(key).wasGoneOnRetry()).isFalse();
    assertThat(fake.destination(key)).isEmpty();
    assertThatThrownBy(() -> ld.destinations().get(key)).isInstanceOf(ApiException.NotFound.class);
    assertThatThrownBy(() -> ld.destinations().delete(key))
        .isInstanceOf(ApiException.NotFound.class);
    assertThat(ld.destinations().list().items()).hasSize(1);
  }

  @Test
  void aSecondDestinationOfTheSameKindIsAConflictThatSaysSo() {
    ld.destinations().create(STAGING, pubsub());
    assertThatThrownBy(() -> ld.destinations().create(STAGING, pubsub()))
        .isInstanceOf(ApiException.Conflict.class)
        .hasMessageStartingWith(
            "environment proj/staging already has a destination of kind google-pubsub");
    assertThat(fake.destinationKeys()).hasSize(2);
    assertThat(fake.requestCount()).isEqualTo(2); // the create is not retried
  }

  @Test
  void aDeleteIsRetriedAndA404AfterALostAnswerIsDone() {
    DestinationKey key = ld.destinations().create(STAGING, pubsub()).key().orElseThrow();
    // A 502 before the fake acts: the retry deletes, a plain success.
    fake.failNext(1, Fault.status(502));
    assertThat(ld.destinations().delete(key).wasGoneOnRetry()).isFalse();
    assertThat(fake.destination(key)).isEmpty();

    // The first attempt's answer is lost and LaunchDarkly had deleted it (played here by the
    // retry's wait removing it): the retry meets 404, which is the delete's success.
    DestinationKey second = ld.destinations().create(STAGING, pubsub()).key().orElseThrow();
    Sleeper removing =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            fake.removeDestination(second);
          }

          @Override
          public CompletableFuture<Void> sleepAsync(Duration duration) {
            sleep(duration);
            return CompletableFuture.completedFuture(null);
          }
        };
    try (LaunchDarklyClient lossy = fake.clientBuilder().sleeper(removing).build()) {
      fake.failNext(1, Fault.dropConnection());
      DeleteResult gone = lossy.destinations().delete(second);
      assertThat(gone.wasGoneOnRetry()).isTrue();
      assertThat(fake.destination(second)).isEmpty();
    }
  }

  @Test
  void secretsOfACreatedDestinationAreSentOnceAndReadBackObfuscated() {
    Destination created =
        ld.destinations()
            .create(
                STAGING,
                NewDestination.builder()
                    .config(SegmentConfig.builder().writeKey(Secret.of(CANARY)).build())
                    .on(true)
                    .build());
    DestinationKey key = created.key().orElseThrow();
    assertThat(fake.destination(key).orElseThrow().path("config").path("writeKey").textValue())
        .isEqualTo(CANARY);
    assertThat(created.segmentConfig().orElseThrow().writeKey().orElseThrow().reveal())
        .isEqualTo("********-123")
        .doesNotContain("CANARY");
    assertThat(created.toString()).doesNotContain(CANARY);
    // The safe update never writes the obfuscated value back.
    ld.destinations().update(key, DestinationChange.builder().on(false).build());
    assertThat(fake.destination(key).orElseThrow().path("config").path("writeKey").textValue())
        .isEqualTo(CANARY);
  }

  @Test
  void anUnknownKindIsCreatedListedUpdatedAndRoundTripped() throws Exception {
    JsonNode config = Json.mapper().readTree("{\"host\":\"ch.example\",\"port\":9440}");
    Destination created =
        ld.destinations()
            .create(
                STAGING,
                NewDestination.builder()
                    .rawConfig(DestinationKind.of("clickhouse"), config)
                    .name("ch")
                    .build());
    assertThat(created.kind().orElseThrow().isKnown()).isFalse();
    Destination listed =
        ld.destinations()
            .list()
            .filter(DestinationFilter.all().kind(DestinationKind.of("clickhouse")))
            .get(0);
    assertThat(listed).isEqualTo(created);
    assertThat(listed.config()).isEqualTo(config);
    Destination updated =
        ld.destinations()
            .update(
                listed.key().orElseThrow(),
                DestinationChange.builder().config("port", 9441).build());
    assertThat(updated.config().path("port").asInt()).isEqualTo(9441);
    assertThat(updated.kind()).isEqualTo(created.kind());
    String written = Json.mapper().writeValueAsString(updated);
    assertThat(Json.mapper().readValue(written, Destination.class)).isEqualTo(updated);
  }
}
