package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.testkit.FakePrequel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {
  private static final String CANARY = "CANARY-secret-123";

  @TempDir Path dir;

  private FakePrequel fake;

  @BeforeEach
  void start() {
    fake = new FakePrequel(CANARY);
    fake.start();
    fake.addDestination("dst_a", "snowflake", null);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"--api-key=", "--api-key", "--token=", "--access-token=", "--key="})
  void aCredentialGivenAsAnArgumentIsRefusedWithoutEchoingIt(String option) {
    String[] args =
        option.endsWith("=")
            ? new String[] {"prequel", "list", "--base-url", fake.baseUrl(), option + CANARY}
            : new String[] {"prequel", "list", "--base-url", fake.baseUrl(), option, CANARY};

    CliRun run = CliRun.of(Map.of(PrequelClient.API_KEY_ENV, CANARY), args);

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: a credential is never taken as an argument value (it would land in")
        .contains("use --api-key-file FILE");
    assertThat(run.all()).doesNotContain(CANARY);
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void theKeyFileIsRead() throws Exception {
    Path file = Files.writeString(dir.resolve("key"), CANARY + "\n");

    CliRun run =
        CliRun.of(
            Map.of(),
            "prequel",
            "get",
            "dst_a",
            "--api-key-file",
            file.toString(),
            "--base-url",
            fake.baseUrl());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().header("X-API-KEY").orElse(null)).isEqualTo(CANARY);
    assertThat(run.all()).doesNotContain(CANARY);
  }

  @Test
  void aRefusedKeyIsNeverPrinted() throws Exception {
    Path file = Files.writeString(dir.resolve("key"), CANARY + "-wrong\n");

    CliRun run =
        CliRun.of(
            Map.of(),
            "prequel",
            "get",
            "dst_a",
            "--token-file",
            file.toString(),
            "--base-url",
            fake.baseUrl());

    assertThat(run.code()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.err()).contains("status: 401");
    assertThat(run.all()).doesNotContain(CANARY);
  }

  @Test
  void anUnreadableKeyFileIsAUsageError() {
    CliRun run =
        CliRun.of(
            Map.of(),
            "prequel",
            "list",
            "--api-key-file",
            dir.resolve("missing").toString(),
            "--base-url",
            fake.baseUrl());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: cannot read the credential file ");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void anEmptyKeyFileIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("key"), "\n");

    CliRun run =
        CliRun.of(
            Map.of(),
            "prequel",
            "list",
            "--api-key-file",
            file.toString(),
            "--base-url",
            fake.baseUrl());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: the credential file " + file + " is empty\n");
  }
}
