package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.testkit.FakeLaunchDarkly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchDarklyCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DestinationKey KEY = DestinationKey.of("proj", "prod", "dst_1");
  private static final String CANARY = "CANARY-secret-123";

  @TempDir Path dir;

  private FakeLaunchDarkly fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakeLaunchDarkly(CANARY);
    fake.start();
    fake.addDestination(KEY, "kinesis", "Kinesis", true, Map.of("region", "us-east-1"));
    env =
        Map.of(
            LaunchDarklyClient.ACCESS_TOKEN_ENV,
            CANARY,
            LaunchDarklyClient.BASE_URL_ENV,
            fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void getPrintsATable() {
    CliRun run = CliRun.of(env, "launchdarkly", "get", "proj", "prod", "dst_1");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo("ID     NAME     KIND     ON    VERSION\ndst_1  Kinesis  kinesis  true  1\n");
    assertThat(run.all()).doesNotContain(CANARY);
  }

  @Test
  void updateTurnsTheDestinationOff() throws Exception {
    CliRun run =
        CliRun.of(env, "ld", "update", "proj", "prod", "dst_1", "--set", "on=false", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.destination(KEY).orElseThrow().get("on").asBoolean()).isFalse();
    assertThat(MAPPER.readTree(run.out()).get("on").asBoolean()).isFalse();
  }

  @Test
  void updateSetsConfigMembersAsJsonOrText() {
    CliRun run =
        CliRun.of(
            env,
            "launchdarkly",
            "update",
            "proj",
            "prod",
            "dst_1",
            "--set",
            "config.region=eu-west-1",
            "--set",
            "config.shards=3");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode config = fake.destination(KEY).orElseThrow().get("config");
    assertThat(config.get("region").asText()).isEqualTo("eu-west-1");
    assertThat(config.get("shards").isInt()).isTrue();
  }

  @Test
  void aMalformedSetIsAUsageErrorBeforeAnyRequest() {
    CliRun run =
        CliRun.of(env, "launchdarkly", "update", "proj", "prod", "dst_1", "--set", "colour=red");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: --set knows the fields on, name and config.MEMBER, not 'colour'\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void patchSendsTheFilesOperations() throws Exception {
    Path patch =
        Files.writeString(
            dir.resolve("patch.json"),
            "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"K2\"}]");

    CliRun run =
        CliRun.of(
            env,
            "launchdarkly",
            "patch",
            "proj",
            "prod",
            "dst_1",
            "--json-patch",
            patch.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(MAPPER.readTree(fake.lastPatchBody().orElseThrow()))
        .isEqualTo(MAPPER.readTree("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"K2\"}]"));
    assertThat(run.out()).contains("dst_1  K2");
  }

  @Test
  void aMissingPatchFileIsAUsageError() {
    CliRun run =
        CliRun.of(
            env,
            "launchdarkly",
            "patch",
            "proj",
            "prod",
            "dst_1",
            "--json-patch",
            dir.resolve("none.json").toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: cannot read --json-patch ");
    assertThat(fake.requestCount()).isZero();
  }
}
