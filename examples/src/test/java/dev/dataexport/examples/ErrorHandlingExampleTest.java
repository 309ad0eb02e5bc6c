package dev.dataexport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorHandlingExampleTest {
  @Test
  void showsValidationNotFoundAndAbsorbedRateLimit() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ErrorHandlingExample.run(
        Map.of(), new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .matches(
            "Error handling: offline against FakeStigg at http://(localhost|127\\.0\\.0\\.1):\\d+");
    assertThat(lines.get(1))
        .startsWith(
            "1. Validation error, before any request (0 sent): enabledModels must have at least 1 item");
    assertThat(lines.get(2))
        .isEqualTo(
            "2. Not found: HTTP 404, Stigg code IntegrationNotFound, message \"Integration int_missing not found\"");
    assertThat(lines.get(3))
        .matches(
            "3\\. Rate limit absorbed: Stigg answered 429 with Retry-After-Ms: 250; "
                + "the SDK waited and retried: HTTP 200 after 2 attempts in \\d+ ms");
    long millis = Long.parseLong(lines.get(3).replaceAll(".* in (\\d+) ms$", "$1"));
    assertThat(millis).isBetween(250L, 5_000L);
  }
}
