package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeStigg;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stigg calls besides update-selection: create, delete, models, sync and scoped-token. */
class StiggLifecycleCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String CANARY = "sk_canary_stigg_1234";

  private FakeStigg fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakeStigg(CANARY, "canary.jwt.value", "env_1");
    fake.start();
    fake.addDestination(FakeStigg.DEFAULT_INTEGRATION_ID, "dst_1", "snowflake");
    env = Map.of(StiggClient.API_KEY_ENV, CANARY, StiggClient.BASE_URL_ENV, fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void createSendsTheTypeAndModelsAndPrintsTheList() throws Exception {
    CliRun run =
        CliRun.of(env, "stigg", "create", "dst_2", "--type", "bigquery", "--model", "invoices");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "DESTINATION_ID  TYPE       CONNECTION  LAST_SYNC  MODELS\n"
                + "dst_1           snowflake  connected   -          (full catalog)\n"
                + "dst_2           bigquery   connected   -          invoices\n");
    assertThat(fake.lastRequest().bodyJson())
        .isEqualTo(
            MAPPER.readTree(
                "{\"destinationId\":\"dst_2\",\"destinationType\":\"bigquery\","
                    + "\"enabledModels\":[\"invoices\"]}"));
    assertThat(run.all()).doesNotContain(CANARY);
  }

  @Test
  void createWithoutModelsSelectsTheFullCatalog() {
    CliRun run = CliRun.of(env, "stigg", "create", "dst_2", "--type", "redshift");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().bodyJson().has("enabledModels")).isFalse();
    assertThat(run.out())
        .endsWith("dst_2           redshift   connected   -          (full catalog)\n");
  }

  @Test
  void createWithoutATypeIsAUsageError() {
    CliRun run = CliRun.of(env, "stigg", "create", "dst_2");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "error: Missing required option: '--type=TYPE'\n"
                + "hint: run 'dataexport stigg create --help' for the options\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void deletePrintsWhatIsLeftAsJson() throws Exception {
    CliRun run = CliRun.of(env, "stigg", "delete", "dst_1", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.hasDestination("dst_1")).isFalse();
    assertThat(MAPPER.readTree(run.out()))
        .isEqualTo(
            MAPPER.readTree(
                "{\"destinationId\":\"dst_1\",\"deleted\":true,\"wasGoneOnRetry\":false,"
                    + "\"destinations\":[]}"));
  }

  @Test
  void modelsListsTheCatalog() {
    CliRun run = CliRun.of(env, "stigg", "models");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .isEqualTo(
            "GROUP    MODEL          NAME\n"
                + "billing  customers      Customers\n"
                + "billing  subscriptions  Subscriptions\n"
                + "billing  invoices       Invoices\n"
                + "usage    usage_events   Usage events\n"
                + "usage    entitlements   Entitlements\n");
  }

  @Test
  void syncOfOneDestinationStartsATransfer() {
    CliRun run = CliRun.of(env, "stigg", "sync", "dst_1", "--idempotency-key", "incident-42");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    List<String> transfers = fake.transfers("dst_1");
    assertThat(transfers).hasSize(1);
    assertThat(run.out())
        .isEqualTo(
            "DESTINATION_ID  TRIGGERED  TRANSFER_ID"
                + " ".repeat(Math.max(0, transfers.get(0).length() - 11))
                + "  ERROR\n"
                + "dst_1           true       "
                + transfers.get(0)
                + "  -\n");
    assertThat(fake.lastRequest().header("Idempotency-Key")).contains("incident-42");
  }

  @Test
  void syncNeedsADestinationOrAll() {
    CliRun run = CliRun.of(env, "stigg", "sync");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "error: Missing required argument (specify one of these): (DESTINATION_ID | --all)\n"
                + "hint: run 'dataexport stigg sync --help' for the options\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void theScopedTokenIsMaskedByDefault() throws Exception {
    CliRun run =
        CliRun.of(
            env, "stigg", "scoped-token", "--origin", "https://app.example.com", "-o", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode token = MAPPER.readTree(run.out());
    assertThat(token.get("token").asText()).isEqualTo("****");
    assertThat(run.out()).doesNotContain("fake_scoped_");
    Instant expiresAt = Instant.parse(token.get("expiresAt").asText());
    assertThat(expiresAt).isAfter(fake.clock().instant());
    assertThat(token.get("providerMetadata").get("applicationOrigin").asText())
        .isEqualTo("https://app.example.com");
  }

  @Test
  void showTokenPrintsTheToken() {
    CliRun run =
        CliRun.of(
            env, "stigg", "scoped-token", "--origin", "https://app.example.com", "--show-token");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    String token = run.out().lines().skip(1).findFirst().orElseThrow().split("  ")[0];
    assertThat(token).startsWith("fake_scoped_");
    assertThat(fake.isScopedTokenValid(token)).isTrue();
    assertThat(run.all()).doesNotContain(CANARY);
  }
}
