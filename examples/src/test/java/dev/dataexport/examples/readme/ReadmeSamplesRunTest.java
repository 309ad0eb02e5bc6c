package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakeStigg;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the README samples that need no real account against the fakes, so they are not only
 * compiled but work.
 */
class ReadmeSamplesRunTest {
  @RegisterExtension
  final FakeStigg stigg = new FakeStigg().addDestination("int_1", "dst_1", "snowflake");

  @RegisterExtension final FakeLaunchDarkly ld = new FakeLaunchDarkly();

  private final UpdateSelectionRequest request =
      UpdateSelectionRequest.builder().integrationId("int_1").addEnabledModels("customers").build();

  @Test
  void perCallHeadersReachTheServer() {
    // The fake serves the environment the sample switches to, so the per-call header must have
    // replaced the default.
    try (FakeStigg staging =
            new FakeStigg(FakeStigg.DEFAULT_API_KEY, FakeStigg.DEFAULT_JWT, "env_staging");
        StiggClient jwtClient =
            staging
                .addDestination("int_1", "dst_1", "snowflake")
                .jwtClientBuilder()
                .environmentId("env_production")
                .build()) {
      StiggReadmeSamples.perCallHeaders(jwtClient, "dst_1", request);
      assertThat(staging.lastRequest().header("X-ENVIRONMENT-ID")).hasValue("env_staging");
      assertThat(staging.lastRequest().header("X-ACCOUNT-ID")).hasValue("acc_7");
    }
  }

  @Test
  void errorSampleReportsANotFoundDestination() {
    String printed =
        capture(() -> StiggReadmeSamples.errors(stigg.client(), "dst_missing", request));
    assertThat(printed).startsWith("no such destination").doesNotContain("Optional");
    UpdateSelectionRequest unknownIntegration =
        UpdateSelectionRequest.builder().integrationId("int_404").addEnabledModels("a").build();
    assertThat(
            capture(() -> StiggReadmeSamples.errors(stigg.client(), "dst_1", unknownIntegration)))
        .isEqualTo(
            "no such destination: Integration int_404 not found IntegrationNotFound"
                + System.lineSeparator());
  }

  @Test
  void withOptionsSampleUpdatesThroughTheDerivedClient() {
    StiggReadmeSamples.withOptions(stigg.client(), "dst_1", request);
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(java.util.List.of("customers"));
    assertThat(stigg.client().destinations().updateSelection("dst_1", request).destinations())
        .hasSize(1);
  }

  @Test
  void patchesByHandApplyOnTheFake() {
    ld.addDestination(
        DestinationKey.of("proj", "production", "dest-id"),
        Json.mapper()
            .valueToTree(
                Map.of(
                    "_id",
                    "dest-id",
                    "kind",
                    "segment",
                    "name",
                    "exports",
                    "on",
                    true,
                    "version",
                    3,
                    "config",
                    Map.of(
                        "writeKey",
                        "wk-123456789",
                        "topic",
                        "events",
                        "userIDContextKind",
                        "user"))));
    LaunchDarklyReadmeSamples.patchesByHand(ld.client());
    var stored = ld.destination(DestinationKey.of("proj", "production", "dest-id")).orElseThrow();
    assertThat(stored.path("on").booleanValue()).isFalse();
    assertThat(stored.path("config").path("topic").asText()).isEqualTo("exports");
    assertThat(stored.path("config").has("userIDContextKind")).isFalse();
  }

  private static String capture(Runnable sample) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      sample.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
