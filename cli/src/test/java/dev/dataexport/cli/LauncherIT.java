package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.testkit.FakePrequel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the built jar through {@code bin/dataexport} as a separate process; only in the pom's {@code
 * launcher} execution, which runs after the jar is shaded.
 */
@EnabledIfSystemProperty(named = "dataexport.cli.launcher", matches = "true")
class LauncherIT {
  private static final Path HOME = Path.of(System.getProperty("dataexport.cli.home", "."));

  private record Result(int code, String out, String err) {}

  private static Result launch(java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(HOME.resolve("bin/dataexport").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder
        .environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherPrintsTheJarsVersion() throws Exception {
    Result result = launch(java.util.Map.of(), "--version");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("dataexport 0.1.0-SNAPSHOT");
  }

  @Test
  void theLauncherListsPrequelDestinationsAsJson() throws Exception {
    try (FakePrequel fake = new FakePrequel()) {
      fake.start();
      fake.addDestination("dst_a", "snowflake", null);

      Result result =
          launch(
              java.util.Map.of(
                  PrequelClient.API_KEY_ENV,
                  fake.apiKey(),
                  PrequelClient.BASE_URL_ENV,
                  fake.baseUrl()),
              "prequel",
              "list",
              "--output",
              "json");

      assertThat(result.code()).as(result.err()).isZero();
      assertThat(new ObjectMapper().readTree(result.out()).get(0).get("id").asText())
          .isEqualTo("dst_a");
    }
  }

  @Test
  void theJarCarriesTheFakes() throws Exception {
    Result result = launch(java.util.Map.of(), "prequel", "list", "--fake", "--output", "json");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get(0).get("id").asText())
        .isEqualTo("dst_acme");
  }

  @Test
  void theLauncherExitsWithTheUsageCode() throws Exception {
    Result result = launch(java.util.Map.of(), "prequel", "list", "--api-key=CANARY-secret-123");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out() + result.err()).doesNotContain("CANARY-secret-123");
  }
}
