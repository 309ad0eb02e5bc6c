package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.destination;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The read-modify-write {@code update}: minimal guarded patches, and re-reads after a lost race.
 */
class SafeUpdateTest {
  private static final String CONFIG = "{\"project\":\"p\",\"topic\":\"t\"}";
  private static final MockResponse CONFLICT =
      json(
          409,
          "{\"code\":\"optimistic_locking_error\",\"message\":\"Conflict. Optimistic lock error.\"}");

  private MockWebServer server;
  private LaunchDarklyClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    client = clientFor(server, new TestSupport.Waits()).build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  private Destination update(DestinationChange change) {
    return client.destinations().update(DestinationKey.of("proj", "prod", "dest-1"), change);
  }

  @Test
  void readsThenSendsOnlyTheChangedFieldsGuardedByTheVersion() throws Exception {
    server.enqueue(destination(3, true, CONFIG));
    server.enqueue(destination(4, false, "{\"project\":\"p2\",\"topic\":\"t\"}"));
    Destination d =
        update(
            DestinationChange.builder()
                .on(false)
                .config("topic", "t")
                .config("project", "p2")
                .build());
    assertThat(d.version()).hasValue(4);
    RecordedRequest get = take();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getPath()).isEqualTo("/api/v2/destinations/proj/prod/dest-1");
    RecordedRequest patch = take();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getPath()).isEqualTo("/api/v2/destinations/proj/prod/dest-1");
    assertThat(patch.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(tree(patch.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "[{\"op\":\"test\",\"path\":\"/version\",\"value\":3},"
                    + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                    + "{\"op\":\"replace\",\"path\":\"/config/project\",\"value\":\"p2\"}]"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void sendsNothingWhenTheDestinationAlreadyMatches() {
    server.enqueue(destination(3, false, CONFIG));
    Destination d =
        update(
            DestinationChange.builder()
                .on(false)
                .config("topic", "t")
                .removeConfig("absent")
                .build());
    assertThat(d.version()).hasValue(3);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void writesSecretsItWasGivenAndNeverOnesItRead() throws Exception {
    String obfuscated = "********************abcd";
    server.enqueue(
        json(
            200,
            "{\"_id\":\"dest-1\",\"kind\":\"segment\",\"version\":7,\"on\":true,\"name\":\"old\","
                + "\"config\":{\"writeKey\":\""
                + obfuscated
                + "\",\"userIDContextKind\":\"user\",\"legacy\":1}}"));
    server.enqueue(json(200, "{\"_id\":\"dest-1\",\"kind\":\"segment\",\"version\":8}"));
    update(
        DestinationChange.builder()
            .name("new")
            .config("writeKey", Secret.of("new-write-key"))
            .config("userIDContextKind", "user")
            .removeConfig("legacy")
            .comment("rotate key")
            .build());
    take();
    String body = take().getBody().readUtf8();
    assertThat(body).doesNotContain(obfuscated);
    assertThat(tree(body))
        .isEqualTo(
            tree(
                "{\"comment\":\"rotate key\",\"patch\":["
                    + "{\"op\":\"test\",\"path\":\"/version\",\"value\":7},"
                    + "{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"new\"},"
                    + "{\"op\":\"replace\",\"path\":\"/config/writeKey\",\"value\":\"new-write-key\"},"
                    + "{\"op\":\"remove\",\"path\":\"/config/legacy\"}]}"));
  }

  @Test
  void addsMissingFieldsAndAMissingConfig() throws Exception {
    server.enqueue(json(200, "{\"_id\":\"dest-1\",\"kind\":\"kinesis\",\"version\":1}"));
    server.enqueue(json(200, "{\"_id\":\"dest-1\",\"kind\":\"kinesis\",\"version\":2}"));
    update(DestinationChange.builder().on(true).name("n").config("region", "eu-west-1").build());
    take();
    assertThat(tree(take().getBody().readUtf8()))
        .isEqualTo(
            tree(
                "[{\"op\":\"test\",\"path\":\"/version\",\"value\":1},"
                    + "{\"op\":\"add\",\"path\":\"/on\",\"value\":true},{\"op\":\"add\",\"path\":\"/name\",\"value\":\"n\"},"
                    + "{\"op\":\"add\",\"path\":\"/config\",\"value\":{\"region\":\"eu-west-1\"}}]"));
  }

  @Test
  void aConflictMakesItReReadAndRetryWithTheNewVersion() throws Exception {
    server.enqueue(destination(3, true, CONFIG));
    server.enqueue(CONFLICT);
    // Meanwhile someone else turned it off and bumped the version.
    server.enqueue(destination(4, false, CONFIG));
    server.enqueue(destination(5, false, "{\"project\":\"p\",\"topic\":\"exports\"}"));
    Destination d =
        update(DestinationChange.builder().on(false).config("topic", "exports").build());
    assertThat(d.version()).hasValue(5);
    assertThat(server.getRequestCount()).isEqualTo(4);
    take();
    assertThat(tree(take().getBody().readUtf8()).get(0))
        .isEqualTo(tree("{\"op\":\"test\",\"path\":\"/version\",\"value\":3}"));
    take();
    assertThat(tree(take().getBody().readUtf8()))
        .isEqualTo(
            tree(
                "[{\"op\":\"test\",\"path\":\"/version\",\"value\":4},"
                    + "{\"op\":\"replace\",\"path\":\"/config/topic\",\"value\":\"exports\"}]"));
  }

  @Test
  void aFailedVersionTestReportedAs400IsALostRaceToo() {
    server.enqueue(destination(3, true, CONFIG));
    server.enqueue(
        json(400, "{\"code\":\"invalid_request\",\"message\":\"Test operation failed\"}"));
    server.enqueue(destination(4, true, CONFIG));
    server.enqueue(destination(5, false, CONFIG));
    assertThat(update(DestinationChange.builder().on(false).build()).version()).hasValue(5);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRealValidationErrorIsThrownAfterOneReReadShowsNoRace() {
    server.enqueue(destination(3, true, CONFIG));
    server.enqueue(json(400, "{\"code\":\"invalid_request\",\"message\":\"topic is invalid\"}"));
    server.enqueue(destination(3, true, CONFIG));
    assertThatThrownBy(
            () -> update(DestinationChange.builder().config("topic", "bad topic").build()))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessageContaining("topic is invalid");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void givesUpAfterTheConfiguredNumberOfRetries() throws Exception {
    try (LaunchDarklyClient once =
        clientFor(server, new TestSupport.Waits()).updateRetries(1).build()) {
      server.enqueue(destination(1, true, CONFIG));
      server.enqueue(CONFLICT);
      server.enqueue(destination(2, true, CONFIG));
      server.enqueue(CONFLICT);
      // Served only if the SDK made the unused last read the counts below rule out.
      server.enqueue(destination(3, true, CONFIG));
      assertThatThrownBy(
              () ->
                  once.destinations()
                      .update(
                          DestinationKey.of("proj", "prod", "dest-1"),
                          DestinationChange.builder().on(false).build()))
          .isInstanceOf(ApiException.Conflict.class);
      // GET, PATCH, GET, PATCH: no last GET whose answer could not change the outcome.
      assertThat(methods(4)).containsExactly("GET", "PATCH", "GET", "PATCH");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void theAsyncFormGivesUpWithoutALastRead() throws Exception {
    try (LaunchDarklyClient once =
        clientFor(server, new TestSupport.Waits()).updateRetries(1).build()) {
      server.enqueue(destination(1, true, CONFIG));
      server.enqueue(CONFLICT);
      server.enqueue(destination(2, true, CONFIG));
      server.enqueue(CONFLICT);
      // Served only if the SDK made the unused last read the counts below rule out.
      server.enqueue(destination(3, true, CONFIG));
      assertThatThrownBy(
              () ->
                  once.destinations()
                      .updateAsync(
                          DestinationKey.of("proj", "prod", "dest-1"),
                          DestinationChange.builder().on(false).build())
                      .get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ApiException.Conflict.class);
      assertThat(methods(4)).containsExactly("GET", "PATCH", "GET", "PATCH");
      assertThat(server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void withNoRetriesAValidationErrorIsThrownWithoutAReRead() {
    try (LaunchDarklyClient never =
        clientFor(server, new TestSupport.Waits()).updateRetries(0).build()) {
      server.enqueue(destination(3, true, CONFIG));
      server.enqueue(json(400, "{\"code\":\"invalid_request\",\"message\":\"topic is invalid\"}"));
      server.enqueue(destination(3, true, CONFIG));
      assertThatThrownBy(
              () ->
                  never
                      .destinations()
                      .update(
                          DestinationKey.of("proj", "prod", "dest-1"),
                          DestinationChange.builder().config("topic", "bad topic").build()))
          .isInstanceOf(ApiException.BadRequest.class);
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }

  private List<String> methods(int count) throws InterruptedException {
    List<String> methods = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      methods.add(take().getMethod());
    }
    return methods;
  }

  @Test
  void theAsyncFormRacesTheSameWay() throws Exception {
    server.enqueue(destination(3, true, CONFIG));
    server.enqueue(CONFLICT);
    server.enqueue(destination(4, true, CONFIG));
    server.enqueue(destination(5, false, CONFIG));
    Destination d =
        client
            .destinations()
            .updateAsync(
                DestinationKey.of("proj", "prod", "dest-1"),
                DestinationChange.builder().on(false).build())
            .get(5, TimeUnit.SECONDS);
    assertThat(d.version()).hasValue(5);
    assertThat(server.getRequestCount()).isEqualTo(4);

    server.enqueue(destination(6, true, CONFIG));
    server.enqueue(json(404, "{\"code\":\"not_found\",\"message\":\"gone\"}"));
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .updateAsync(
                        DestinationKey.of("proj", "prod", "dest-1"),
                        DestinationChange.builder().on(false).build())
                    .join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(dev.dataexport.core.errors.ApiException.NotFound.class);
  }

  @Test
  void refusesToGuessWithoutAVersion() {
    server.enqueue(json(200, "{\"_id\":\"dest-1\",\"on\":true}"));
    assertThatThrownBy(() -> update(DestinationChange.builder().on(false).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a version");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void describesItselfWithoutSecrets() {
    DestinationChange change =
        DestinationChange.builder()
            .config("apiKey", "change-canary")
            .config("policyKey", Secret.of("change-canary-2"))
            .on(true)
            .build();
    assertThat(change.toString()).doesNotContain("change-canary").contains("****");
    assertThatThrownBy(() -> DestinationChange.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one field");
    assertThatThrownBy(() -> DestinationChange.builder().config("", 1))
        .hasMessage("config member name must not be blank");
    assertThatThrownBy(() -> DestinationChange.builder().config("topic", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("removeConfig");
  }
}
