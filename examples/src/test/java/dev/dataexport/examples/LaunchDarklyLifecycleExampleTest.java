package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.testkit.FakeLaunchDarkly;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchDarklyLifecycleExampleTest {
  private static String run(Map<String, String> env) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LaunchDarklyLifecycleExample.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void walksTheLifecycleOfflineAndPrintsEachCall() {
    String out = run(Map.of());
    assertThat(out).startsWith("LaunchDarkly lifecycle: offline against FakeLaunchDarkly");
    assertThat(out)
        .contains("POST   /api/v2/destinations/acme/staging -> 201")
        .contains("(google-pubsub): on=false, version 1")
        .contains("GET    /api/v2/destinations -> 200 1 destination(s); found ")
        .contains("-> 200 dataexport-java lifecycle example (google-pubsub): on=true, version 2")
        .contains("DELETE /api/v2/destinations/acme/staging/")
        .contains("-> 204 DeleteResult{deleted}");
    assertThat(out.lines().count()).isEqualTo(5);
  }

  @Test
  void withATokenButWithoutWritePermissionItSendsNothingAndSaysSo() {
    try (FakeLaunchDarkly fake = new FakeLaunchDarkly()) {
      fake.start();
      String out =
          run(
              Map.of(
                  "LAUNCHDARKLY_ACCESS_TOKEN", fake.accessToken(),
                  "LAUNCHDARKLY_BASE_URL", fake.baseUrl()));
      assertThat(out).contains("set DATAEXPORT_EXAMPLES_WRITE=1").contains("nothing was sent");
      assertThat(out).doesNotContain(fake.accessToken());
      assertThat(fake.requestCount()).isZero();
    }
  }

  @Test
  void withWritePermissionItNeedsEveryVariableAndSaysWhichBeforeSending() {
    assertThatThrownBy(
            () ->
                run(
                    Map.of(
                        "LAUNCHDARKLY_ACCESS_TOKEN", "api-x-0001",
                        "DATAEXPORT_EXAMPLES_WRITE", "1",
                        "LAUNCHDARKLY_PROJECT_KEY", "proj")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LAUNCHDARKLY_ENVIRONMENT_KEY")
        .hasMessageContaining("LAUNCHDARKLY_PUBSUB_TOPIC")
        .hasMessageNotContaining("api-x");
  }

  @Test
  void withWritePermissionItWalksTheConfiguredApi() {
    try (FakeLaunchDarkly fake = new FakeLaunchDarkly()) {
      fake.start();
      fake.addDestination(
          DestinationKey.of("proj", "production", "other-1"),
          "kinesis",
          "stream",
          true,
          Map.of("streamName", "s1"));
      Map<String, String> env = new HashMap<>();
      env.put("LAUNCHDARKLY_ACCESS_TOKEN", fake.accessToken());
      env.put("LAUNCHDARKLY_BASE_URL", fake.baseUrl());
      env.put("DATAEXPORT_EXAMPLES_WRITE", "1");
      env.put("LAUNCHDARKLY_PROJECT_KEY", "proj");
      env.put("LAUNCHDARKLY_ENVIRONMENT_KEY", "staging");
      env.put("LAUNCHDARKLY_PUBSUB_PROJECT", "gcp-proj");
      env.put("LAUNCHDARKLY_PUBSUB_TOPIC", "ld-topic");
      String out = run(env);
      assertThat(out.lines().findFirst().orElseThrow())
          .startsWith("LaunchDarkly lifecycle: using the REAL API at " + fake.baseUrl());
      assertThat(out).contains("GET    /api/v2/destinations -> 200 2 destination(s)");
      assertThat(out).doesNotContain(fake.accessToken());
      assertThat(fake.destinationKeys())
          .containsExactly(DestinationKey.of("proj", "production", "other-1"));
      assertThat(fake.requestCount()).isEqualTo(5); // create, list, read, patch, delete
      assertThat(fake.lastPatchBody().orElseThrow()).contains("LaunchDarklyLifecycleExample");
    }
  }
}
