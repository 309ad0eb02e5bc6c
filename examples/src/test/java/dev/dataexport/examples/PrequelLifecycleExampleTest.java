package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.testkit.FakePrequel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the Prequel lifecycle example offline, and its real-API mode against a fake standing in for
 * Prequel: the write guard, the usage errors and every call it prints.
 */
class PrequelLifecycleExampleTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> realSettings(String baseUrl, String apiKey) {
    Map<String, String> env = new HashMap<>();
    env.put("PREQUEL_API_KEY", apiKey);
    env.put("PREQUEL_BASE_URL", baseUrl);
    env.put("DATAEXPORT_EXAMPLES_WRITE", "1");
    env.put("PREQUEL_RECIPIENT_ID", "rcp_real");
    env.put("PREQUEL_DB_HOST", "db.real.example");
    env.put("PREQUEL_DB_DATABASE", "analytics");
    env.put("PREQUEL_DB_SCHEMA", "export");
    env.put("PREQUEL_DB_USERNAME", "exporter");
    env.put("PREQUEL_DB_PASSWORD", "CANARY-secret-123");
    return env;
  }

  @Test
  void walksTheWholeLifecycleOfflineAndPrintsEachCall() {
    PrequelLifecycleExample.run(Map.of(), out);

    assertThat(output())
        .contains("offline against FakePrequel")
        .contains("POST /test-destination: passed")
        .containsPattern("POST /destinations: created [0-9a-f-]{36} for rcp_acme")
        .containsPattern("POST /destinations/[0-9a-f-]{36}/test-connection: passed")
        .contains("GET /destinations page 1: dst_globex, dst_initech (more follow)")
        .containsPattern("GET /destinations page 2: dst_umbrella, [0-9a-f-]{36} \\(last page\\)")
        .containsPattern("GET /transfers/[0-9a-f-]{36} until final: SUCCESS, 200 rows")
        .containsPattern("DELETE /destinations/[0-9a-f-]{36}: deleted")
        .doesNotContain("demo-password");
  }

  @Test
  void withTheKeyButWithoutTheWriteFlagItSaysSoAndSendsNothing() {
    for (String flag : new String[] {null, "0", "true"}) {
      Map<String, String> env = new HashMap<>(Map.of("PREQUEL_API_KEY", "sk_test_x"));
      if (flag != null) {
        env.put("DATAEXPORT_EXAMPLES_WRITE", flag);
      }
      PrequelLifecycleExample.run(env, out);
    }

    assertThat(output().lines())
        .hasSize(3)
        .allSatisfy(
            line -> assertThat(line).contains("skipped").contains("DATAEXPORT_EXAMPLES_WRITE=1"));
  }

  @Test
  void realApiModeNeedsEveryVariableBeforeSendingAnything() {
    Map<String, String> env = realSettings("https://api.prequel.co", "sk_test_x");
    env.remove("PREQUEL_DB_HOST");

    assertThatThrownBy(() -> PrequelLifecycleExample.run(env, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(PrequelLifecycleExample.USAGE)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("CANARY"));
    env.put("PREQUEL_DB_HOST", "db");
    env.put("PREQUEL_DB_PORT", "fifty");
    assertThatThrownBy(() -> PrequelLifecycleExample.run(env, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PREQUEL_DB_PORT");
    assertThat(bytes.size()).isZero();
  }

  @Test
  void realApiModeMakesTheSameCallsWithTheSettingsFromTheEnvironment() {
    try (FakePrequel stand_in = new FakePrequel()) {
      stand_in.transferTimings(Duration.ZERO, Duration.ZERO); // the real mode really sleeps
      PrequelLifecycleExample.run(realSettings(stand_in.baseUrl(), stand_in.apiKey()), out);

      assertThat(output())
          .contains("using the REAL Prequel API at " + stand_in.baseUrl())
          .contains("it creates and deletes 'dataexport-example-rcp_real'")
          .containsPattern("created [0-9a-f-]{36} for rcp_real")
          .contains("until final: SUCCESS")
          .doesNotContain("CANARY");
      assertThat(stand_in.destinationCount()).isZero();
      assertThat(stand_in.requests().get(1).bodyText())
          .contains("db.real.example")
          .contains("CANARY-secret-123");
    }
  }

  @Test
  void aConfigurationThatDoesNotConnectIsNotCreated() {
    try (FakePrequel stand_in = new FakePrequel()) {
      stand_in.connectionTestVerdict("failure", "could not reach db.real.example");
      PrequelLifecycleExample.run(realSettings(stand_in.baseUrl(), stand_in.apiKey()), out);

      assertThat(output())
          .contains("POST /test-destination: failed (failure): could not reach db.real.example")
          .contains("nothing was created");
      assertThat(stand_in.requestCount()).isEqualTo(1);
    }
  }
}
