package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ClientBuilder;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeLaunchDarkly;
import dev.dataexport.testkit.FakePrequel;
import dev.dataexport.testkit.FakeStigg;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * No credential or config secret reaches standard output or standard error, in results, plans, API
 * errors and connection errors alike.
 */
class SecretsNeverPrintTest {
  private static final String KEY = "sk_canary_everywhere_1";
  private static final String WRONG = "sk_canary_wrong_key_2";

  /** Retries wait no real time. */
  private static final Consumer<ClientBuilder<?>> NO_WAIT = builder -> builder.sleeper(wait -> {});

  private static CliRun run(Map<String, String> env, String... args) {
    return CliRun.of(env, NO_WAIT, args);
  }

  @Test
  void stiggOutputsAndErrors() {
    try (FakeStigg fake = new FakeStigg(KEY, "canary.jwt.x", "env_1")) {
      fake.start();
      fake.addDestination(FakeStigg.DEFAULT_INTEGRATION_ID, "dst_1", "snowflake");
      for (String key : List.of(KEY, WRONG)) {
        Map<String, String> env =
            Map.of(StiggClient.API_KEY_ENV, key, StiggClient.BASE_URL_ENV, fake.baseUrl());
        for (String[] args :
            List.of(
                new String[] {"stigg", "models", "-o", "json"},
                new String[] {"stigg", "sync", "--all"},
                new String[] {
                  "stigg", "scoped-token", "--origin", "https://a.example", "-o", "json"
                },
                new String[] {"stigg", "delete", "nope"})) {
          CliRun run = run(env, args);
          assertThat(run.all()).as(String.join(" ", args)).doesNotContainIgnoringCase("canary");
        }
      }
    }
  }

  @Test
  void launchDarklyOutputsAndErrors() {
    String token = "api-canary-ld-everywhere";
    try (FakeLaunchDarkly fake = new FakeLaunchDarkly(token)) {
      fake.start();
      fake.addDestination(
          DestinationKey.of("p", "e", "d"),
          "mparticle",
          "mP",
          true,
          Map.of("apiKey", "canary-mp-key", "secret", "canary-mp-secret"));
      for (String key : List.of(token, "api-canary-ld-wrong")) {
        Map<String, String> env =
            Map.of(
                LaunchDarklyClient.ACCESS_TOKEN_ENV,
                key,
                LaunchDarklyClient.BASE_URL_ENV,
                fake.baseUrl());
        for (String[] args :
            List.of(
                new String[] {"ld", "list", "-o", "json"},
                new String[] {"ld", "get", "p", "e", "d", "-o", "json"},
                new String[] {
                  "ld", "fleet", "update", "--set", "config.secret=canary-new", "-o", "json"
                },
                new String[] {"ld", "fleet", "update", "--set", "config.secret=canary-new"},
                new String[] {
                  "ld", "update", "p", "e", "nope", "--set", "config.apiKey=canary-x"
                })) {
          CliRun run = run(env, args);
          assertThat(run.all()).as(String.join(" ", args)).doesNotContainIgnoringCase("canary");
        }
      }
    }
  }

  @Test
  void prequelOutputsAndErrors() {
    try (FakePrequel fake = new FakePrequel(KEY)) {
      fake.start();
      fake.addDestination("dst_a", "postgres", null);
      for (String key : List.of(KEY, WRONG)) {
        Map<String, String> env =
            Map.of(PrequelClient.API_KEY_ENV, key, PrequelClient.BASE_URL_ENV, fake.baseUrl());
        for (String[] args :
            List.of(
                new String[] {"prequel", "list", "-o", "json"},
                new String[] {"prequel", "fleet", "update", "--all", "--disable", "-o", "json"},
                new String[] {"prequel", "get", "nope"})) {
          CliRun run = run(env, args);
          assertThat(run.all()).as(String.join(" ", args)).doesNotContainIgnoringCase("canary");
        }
      }
    }
  }

  @Test
  void aConnectionFailureDoesNotNameTheKey() {
    CliRun run =
        CliRun.of(
            Map.of(
                PrequelClient.API_KEY_ENV, KEY, PrequelClient.BASE_URL_ENV, "http://127.0.0.1:9"),
            "prequel",
            "list");

    assertThat(run.code()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(run.all()).doesNotContainIgnoringCase("canary");
  }
}
