package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.testkit.FakeLaunchDarkly;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchDarklyExampleTest {
  private static String run(Map<String, String> env, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LaunchDarklyExample.run(env, args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsOfflineAgainstTheFake() {
    String out = run(Map.of());
    assertThat(out).startsWith("LaunchDarkly: offline against FakeLaunchDarkly");
    assertThat(out).contains("read    events-to-pubsub (google-pubsub): on=true, version 1");
    assertThat(out)
        .contains("updated events (renamed by a teammate) (google-pubsub): on=false, version 3");
    assertThat(out).contains("\"topic\":\"ld-events-paused\"").contains("in 4 calls");
    assertThat(out).contains("\"comment\":\"pause exports during the migration\"");
    assertThat(out.lines().count()).isLessThanOrEqualTo(5);
  }

  @Test
  void withATokenItNeedsTheDestinationIdsAndSaysSoBeforeSending() {
    assertThatThrownBy(
            () -> run(Map.of("LAUNCHDARKLY_ACCESS_TOKEN", "api-x-0001"), "proj", "production"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usage: LaunchDarklyExample")
        .hasMessageNotContaining("api-x");
  }

  @Test
  void withATokenItUsesTheConfiguredApi() {
    try (FakeLaunchDarkly fake = new FakeLaunchDarkly()) {
      fake.start();
      // Project from the argument, environment from the variable, destination id missing: usage, no
      // call.
      assertThatThrownBy(
              () ->
                  run(
                      Map.of(
                          "LAUNCHDARKLY_ACCESS_TOKEN",
                          fake.accessToken(),
                          "LAUNCHDARKLY_BASE_URL",
                          fake.baseUrl(),
                          "LAUNCHDARKLY_ENVIRONMENT_KEY",
                          "production"),
                      "proj"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("LAUNCHDARKLY_DESTINATION_ID");
      assertThat(fake.requestCount()).isZero();
    }
    try (FakeLaunchDarkly fake = new FakeLaunchDarkly()) {
      fake.start();
      DestinationKey key = DestinationKey.of("proj", "production", "k-1");
      fake.addDestination(key, "kinesis", "stream", true, Map.of("streamName", "s1"));
      String out =
          run(
              Map.of(
                  "LAUNCHDARKLY_ACCESS_TOKEN",
                  fake.accessToken(),
                  "LAUNCHDARKLY_BASE_URL",
                  fake.baseUrl()),
              "proj",
              "production",
              "k-1",
              "streamName",
              "s2");
      assertThat(out.lines().findFirst().orElseThrow())
          .startsWith("LaunchDarkly: using the REAL API at " + fake.baseUrl());
      assertThat(out).doesNotContain(fake.accessToken());
      assertThat(out).contains("updated stream (kinesis): on=false, version 2");
      assertThat(fake.destination(key).orElseThrow().path("config").path("streamName").textValue())
          .isEqualTo("s2");
      assertThat(fake.requestCount())
          .isEqualTo(3); // the example's read, then update's read and patch
    }
  }
}
