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

/** LaunchDarkly's list, create, merge-patch and delete. */
class LaunchDarklyLifecycleCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String TOKEN = "api-canary-ld-token-1";
  private static final String WRITE_KEY = "canary-segment-write-key";

  @TempDir Path dir;

  private FakeLaunchDarkly fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakeLaunchDarkly(TOKEN);
    fake.start();
    fake.addDestination(
        DestinationKey.of("proj", "prod", "dst_1"),
        "kinesis",
        "Kinesis",
        true,
        Map.of("region", "us-east-1"));
    fake.addDestination(
        DestinationKey.of("proj", "test", "dst_2"),
        "segment",
        "Segment",
        false,
        Map.of("writeKey", WRITE_KEY));
    fake.addDestination(
        DestinationKey.of("other", "prod", "dst_3"),
        "kinesis",
        "Other",
        true,
        Map.of("region", "eu-west-1"));
    env =
        Map.of(
            LaunchDarklyClient.ACCESS_TOKEN_ENV,
            TOKEN,
            LaunchDarklyClient.BASE_URL_ENV,
            fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void listPrintsEveryDestinationWithItsKey() {
    CliRun run = CliRun.of(env, "launchdarkly", "list");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "PROJECT  ENVIRONMENT  ID     NAME     KIND     ON     VERSION\n"
                + "proj     prod         dst_1  Kinesis  kinesis  true   1\n"
                + "proj     test         dst_2  Segment  segment  false  1\n"
                + "other    prod         dst_3  Other    kinesis  true   1\n");
    assertThat(run.all()).doesNotContain("canary");
  }

  @Test
  void listNarrowsByProjectEnvironmentAndKind() {
    CliRun run =
        CliRun.of(
            env, "ld", "list", "--project", "proj", "--environment", "prod", "--kind", "kinesis");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "PROJECT  ENVIRONMENT  ID     NAME     KIND     ON    VERSION\n"
                + "proj     prod         dst_1  Kinesis  kinesis  true  1\n");
  }

  @Test
  void listAsJsonNeverShowsTheSecretConfig() throws Exception {
    CliRun run = CliRun.of(env, "ld", "list", "--kind", "segment", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode list = MAPPER.readTree(run.out());
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).get("_id").asText()).isEqualTo("dst_2");
    assertThat(run.all()).doesNotContain(WRITE_KEY).doesNotContain(TOKEN);
  }

  @Test
  void createWithTypedOptionsReadsTheSecretFromAFile() throws Exception {
    Path key = Files.writeString(dir.resolve("write-key"), "canary-new-write-key\n");

    CliRun run =
        CliRun.of(
            env,
            "ld",
            "create",
            "proj",
            "staging",
            "--kind",
            "segment",
            "--name",
            "New segment",
            "--off",
            "--write-key-file",
            key.toString(),
            "--user-id-context-kind",
            "user");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode sent = fake.lastRequest().bodyJson();
    assertThat(sent)
        .isEqualTo(
            MAPPER.readTree(
                "{\"name\":\"New segment\",\"kind\":\"segment\",\"on\":false,"
                    + "\"config\":{\"writeKey\":\"canary-new-write-key\","
                    + "\"userIDContextKind\":\"user\"}}"));
    assertThat(run.out()).contains("New segment  segment  false");
    assertThat(run.all()).doesNotContain("canary");
  }

  @Test
  void createWithARawConfigTakesAnyKind() throws Exception {
    Path config =
        Files.writeString(dir.resolve("config.json"), "{\"host\":\"dbc.example\",\"token\":\"t\"}");

    CliRun run =
        CliRun.of(
            env,
            "ld",
            "create",
            "proj",
            "prod",
            "--kind",
            "databricks",
            "--config",
            config.toString(),
            "-o",
            "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().bodyJson().get("config"))
        .isEqualTo(MAPPER.readTree("{\"host\":\"dbc.example\",\"token\":\"t\"}"));
    assertThat(MAPPER.readTree(run.out()).get("kind").asText()).isEqualTo("databricks");
  }

  @Test
  void anOptionOfAnotherKindIsAUsageError() {
    CliRun run =
        CliRun.of(env, "ld", "create", "proj", "prod", "--kind", "kinesis", "--topic", "t");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "error: --kind kinesis does not take --topic (google-pubsub)\n"
                + "hint: nothing was sent; run 'dataexport launchdarkly create --help' for the"
                + " options\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void aMissingRequiredMemberIsAUsageError() {
    CliRun run =
        CliRun.of(env, "ld", "create", "proj", "prod", "--kind", "google-pubsub", "--topic", "t");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: project is required");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void anUntypedKindNeedsAConfigFile() {
    CliRun run = CliRun.of(env, "ld", "create", "proj", "prod", "--kind", "redshift");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: --kind redshift has no typed options: give its config with --config FILE\n");
  }

  @Test
  void mergePatchSendsTheObject() throws Exception {
    Path patch = Files.writeString(dir.resolve("merge.json"), "{\"on\":false,\"name\":\"K2\"}");

    CliRun run =
        CliRun.of(
            env,
            "ld",
            "merge-patch",
            "proj",
            "prod",
            "dst_1",
            "--merge-patch",
            patch.toString(),
            "--comment",
            "incident 42");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().bodyJson())
        .isEqualTo(
            MAPPER.readTree(
                "{\"comment\":\"incident 42\",\"merge\":{\"on\":false,\"name\":\"K2\"}}"));
    assertThat(run.out())
        .isEqualTo("ID     NAME  KIND     ON     VERSION\ndst_1  K2    kinesis  false  2\n");
  }

  @Test
  void aMergePatchThatIsNotJsonIsAUsageErrorWithoutItsText() throws Exception {
    Path patch = Files.writeString(dir.resolve("merge.json"), "{\"writeKey\": canary-oops");

    CliRun run =
        CliRun.of(
            env, "ld", "merge-patch", "proj", "prod", "dst_1", "--merge-patch", patch.toString());

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: --merge-patch " + patch + " is not JSON (line 1)\n");
    assertThat(run.all()).doesNotContain("canary");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void deleteRemovesTheDestination() throws Exception {
    CliRun run = CliRun.of(env, "ld", "delete", "proj", "prod", "dst_1", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.destination(DestinationKey.of("proj", "prod", "dst_1"))).isEmpty();
    assertThat(MAPPER.readTree(run.out()))
        .isEqualTo(
            MAPPER.readTree(
                "{\"projectKey\":\"proj\",\"environmentKey\":\"prod\",\"id\":\"dst_1\","
                    + "\"deleted\":true,\"wasGoneOnRetry\":false}"));
  }
}
