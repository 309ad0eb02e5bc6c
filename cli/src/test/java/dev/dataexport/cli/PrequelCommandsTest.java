package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.testkit.FakePrequel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrequelCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String ODD_ID = "dst/1 50%ü";

  private FakePrequel fake;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    fake = new FakePrequel();
    fake.start();
    fake.clock(Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC));
    fake.addDestination("dst_a", "snowflake", null);
    fake.addDestination(ODD_ID, "postgres", null);
    env =
        Map.of(
            PrequelClient.API_KEY_ENV, fake.apiKey(), PrequelClient.BASE_URL_ENV, fake.baseUrl());
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  /** Waits move the fake's clock instead of sleeping, so --wait finishes at once. */
  private Consumer<ClientBuilder<?>> fakeTime() {
    Clock clock =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return fake.now();
          }
        };
    Sleeper sleeper = duration -> fake.advanceClock(duration);
    return builder -> builder.clock(clock).sleeper(sleeper);
  }

  @Test
  void listPrintsEveryDestinationAsATable() {
    CliRun run = CliRun.of(env, "prequel", "list");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "ID          NAME        VENDOR     ENABLED  FREQUENCY_MINUTES  MODELS\n"
                + "dst_a       dst_a       snowflake  true     60                 -\n"
                + "dst/1 50%ü  dst/1 50%ü  postgres   true     60                 -\n");
  }

  @Test
  void listFollowsEveryPage() throws Exception {
    CliRun run = CliRun.of(env, "prequel", "list", "--page-size", "1", "--output", "json");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    JsonNode list = MAPPER.readTree(run.out());
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.get(0).get("id").asText()).isEqualTo("dst_a");
    assertThat(list.get(1).get("id").asText()).isEqualTo(ODD_ID);
    assertThat(fake.requestCount()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void getWithJsonOutputIsOneDocumentWithTheSdkNames() throws Exception {
    CliRun run = CliRun.of(env, "prequel", "get", ODD_ID, "-o", "json");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    JsonNode d = MAPPER.readTree(run.out());
    assertThat(d.get("id").asText()).isEqualTo(ODD_ID);
    assertThat(d.get("vendor").asText()).isEqualTo("postgres");
    assertThat(d.get("frequency_minutes").asLong()).isEqualTo(60);
    assertThat(fake.lastRequest().path()).isEqualTo("/destinations/dst%2F1%2050%25%C3%BC");
  }

  @Test
  void updateSendsOnlyTheGivenOptions() throws Exception {
    CliRun run =
        CliRun.of(
            env,
            "prequel",
            "update",
            "dst_a",
            "--frequency-minutes",
            "15",
            "--model",
            "customers",
            "--model",
            "invoices",
            "--disable");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    assertThat(fake.lastRequest().method()).isEqualTo("PATCH");
    assertThat(MAPPER.readTree(fake.lastRequest().bodyText()))
        .isEqualTo(
            MAPPER.readTree(
                "{\"destination\":{\"frequency_minutes\":15,"
                    + "\"enabled_models\":[\"customers\",\"invoices\"],\"is_enabled\":false}}"));
    assertThat(run.out())
        .isEqualTo(
            "ID     NAME   VENDOR     ENABLED  FREQUENCY_MINUTES  MODELS\n"
                + "dst_a  dst_a  snowflake  false    15                 customers,invoices\n");
  }

  @Test
  void enableAndDisableExcludeEachOther() {
    CliRun run = CliRun.of(env, "prequel", "update", "dst_a", "--enable", "--disable");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("mutually exclusive").contains("hint:");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void deleteRemovesTheDestination() throws Exception {
    CliRun run = CliRun.of(env, "prequel", "delete", "dst_a", "--output=json");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(MAPPER.readTree(run.out()))
        .isEqualTo(MAPPER.readTree("{\"id\":\"dst_a\",\"deleted\":true,\"wasGoneOnRetry\":false}"));
    assertThat(fake.storedDestination("dst_a")).isEmpty();
  }

  @Test
  void testConnectionPrintsTheVerdict() {
    fake.connectionTestVerdict("FAILURE", "cannot reach host");

    CliRun run = CliRun.of(env, "prequel", "test-connection", "dst_a");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("STATUS   MESSAGE\nFAILURE  cannot reach host\n");
  }

  @Test
  void transferStartsAndWaitsForTheFinalStatus() throws Exception {
    CliRun run =
        CliRun.of(env, fakeTime(), "prequel", "transfer", "dst_a", "--wait", "--output", "json");

    assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
    JsonNode transfer = MAPPER.readTree(run.out());
    assertThat(transfer.get("status").asText()).isEqualTo("SUCCESS");
    assertThat(transfer.get("destination_id").asText()).isEqualTo("dst_a");
    assertThat(run.err()).startsWith("waiting for transfer ");
  }

  @Test
  void transferWithoutWaitPrintsTheTransferIdAndTransfersReadIt() throws Exception {
    CliRun started = CliRun.of(env, "prequel", "transfer", "dst_a", "-o", "json");
    String transferId = MAPPER.readTree(started.out()).get("transferId").asText();

    CliRun got = CliRun.of(env, "prequel", "transfers", "get", transferId, "-o", "json");
    CliRun listed =
        CliRun.of(env, "prequel", "transfers", "list", "--destination", "dst_a", "-o", "json");

    assertThat(started.code()).isEqualTo(ExitCodes.OK);
    assertThat(MAPPER.readTree(got.out()).get("id").asText()).isEqualTo(transferId);
    assertThat(MAPPER.readTree(listed.out()).get(0).get("id").asText()).isEqualTo(transferId);
  }

  @Test
  void anUnknownDestinationIsTheApisTypedError() {
    CliRun run = CliRun.of(env, "prequel", "get", "nope");

    assertThat(run.code()).isEqualTo(ExitCodes.API_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: the API refused the call: ")
        .contains("  status: 404 (ApiException.NotFound)\n");
  }

  @Test
  void aMissingKeyIsAUsageErrorBeforeAnyRequest() {
    CliRun run = CliRun.of(Map.of(), "prequel", "list");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .startsWith("error: PREQUEL_API_KEY is not set; set it or use --api-key-file FILE\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void anUnreachableApiIsAConnectionFailure() {
    fake.close();

    CliRun run = CliRun.of(env, builder -> builder.maxRetries(0), "prequel", "list");

    assertThat(run.code()).isEqualTo(ExitCodes.CONNECTION);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: ");
  }

  @Test
  void anSdkCheckIsAUsageErrorNamingTheField() {
    CliRun run = CliRun.of(env, "prequel", "get", " ");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("error: destinationId must not be blank\n");
    assertThat(fake.requestCount()).isZero();
  }

  @Test
  void waitTimeoutIsAnIsoDuration() {
    CliRun run = CliRun.of(env, "prequel", "transfer", "dst_a", "--wait", "--timeout", "soon");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--timeout");
    assertThat(fake.requestCount()).isZero();
  }
}
