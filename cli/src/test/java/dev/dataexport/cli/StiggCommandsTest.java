package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.testkit.FakeStigg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StiggCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FakeStigg fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakeStigg();
    fake.start();
    fake.addDestination("int_1", "dst_1", "snowflake");
    env = Map.of(StiggClient.API_KEY_ENV, fake.apiKey(), StiggClient.BASE_URL_ENV, fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void updateSelectionSendsTheModelsAndPrintsTheDestinations() throws Exception {
    CliRun run =
        CliRun.of(
            env,
            "stigg",
            "update-selection",
            "dst_1",
            "--integration",
            "int_1",
            "--model",
            "customers",
            "--model",
            "invoices",
            "--output",
            "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.enabledModels("int_1", "dst_1")).contains(List.of("customers", "invoices"));
    JsonNode destination = MAPPER.readTree(run.out()).get("destinations").get(0);
    assertThat(destination.get("destinationId").asText()).isEqualTo("dst_1");
    assertThat(destination.get("enabledModels"))
        .isEqualTo(MAPPER.readTree("[\"customers\",\"invoices\"]"));
  }

  @Test
  void updateSelectionPrintsATableByDefault() {
    CliRun run =
        CliRun.of(
            env,
            "stigg",
            "update-selection",
            "dst_1",
            "--integration",
            "int_1",
            "--model",
            "plans");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .startsWith("DESTINATION_ID  TYPE       CONNECTION  LAST_SYNC  MODELS\n")
        .contains("dst_1           snowflake  connected   -          plans\n");
  }

  @Test
  void theIntegrationIsRequired() {
    CliRun run = CliRun.of(env, "stigg", "update-selection", "dst_1", "--model", "plans");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required option: '--integration=INTEGRATION_ID'");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void anUnknownDestinationIsTheApisTypedError() {
    CliRun run =
        CliRun.of(
            env, "stigg", "update-selection", "nope", "--integration", "int_1", "--model", "plans");

    assertThat(run.code()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: the API refused the call: ");
  }
}
