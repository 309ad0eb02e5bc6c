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
  void aStopSignalCancelsTheFleetAndLeavesTheJournalConsistent() throws Exception {
    try (FakePrequel fake = new FakePrequel()) {
      fake.start();
      StringBuilder ids = new StringBuilder();
      for (int i = 1; i <= 20; i++) {
        fake.addDestination("dst_" + i, "postgres", null);
        ids.append("dst_").append(i).append('\n');
      }
      // Each answer takes a while, so the signal comes mid-fleet.
      fake.failNext(1000, dev.dataexport.testkit.Fault.delay(java.time.Duration.ofMillis(150)));
      Path dir = java.nio.file.Files.createTempDirectory("fleet");
      Path idsFile = java.nio.file.Files.writeString(dir.resolve("ids"), ids);
      Path journal = dir.resolve("journal");
      ProcessBuilder builder =
          new ProcessBuilder(
              HOME.resolve("bin/dataexport").toString(),
              "prequel",
              "fleet",
              "update",
              "--ids-from",
              idsFile.toString(),
              "--frequency-minutes",
              "15",
              "--apply",
              "--concurrency",
              "1",
              "--journal",
              journal.toString());
      builder
          .environment()
          .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
      builder.environment().put(PrequelClient.API_KEY_ENV, fake.apiKey());
      builder.environment().put(PrequelClient.BASE_URL_ENV, fake.baseUrl());
      // Files, not pipes: destroy() closes a process's pipes.
      Path outFile = dir.resolve("out");
      Path errFile = dir.resolve("err");
      builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!java.nio.file.Files.exists(journal)
          || java.nio.file.Files.readAllLines(journal).isEmpty()) {
        assertThat(System.nanoTime()).as("a first item finished").isLessThan(deadline);
        Thread.sleep(20);
      }

      // SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT.
      process.destroy();

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String out = java.nio.file.Files.readString(outFile);
      String err = java.nio.file.Files.readString(errFile);
      assertThat(process.exitValue()).as(err).isEqualTo(ExitCodes.INTERRUPTED);
      assertThat(err).contains("interrupted: finishing the calls in flight, then stopping");
      List<String> done = java.nio.file.Files.readAllLines(journal);
      assertThat(done).isNotEmpty().hasSizeLessThan(20);
      // Every journaled item was changed on the server, and the table says so.
      for (String line : done) {
        String id = line.substring(line.indexOf('\t') + 1);
        assertThat(fake.storedDestination(id).orElseThrow().get("frequency_minutes").asLong())
            .isEqualTo(15);
      }
      assertThat(out).contains("; cancelled\n");
    }
  }

  @Test
  void theLauncherExitsWithTheUsageCode() throws Exception {
    Result result = launch(java.util.Map.of(), "prequel", "list", "--api-key=CANARY-secret-123");

    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.out() + result.err()).doesNotContain("CANARY-secret-123");
  }
}
