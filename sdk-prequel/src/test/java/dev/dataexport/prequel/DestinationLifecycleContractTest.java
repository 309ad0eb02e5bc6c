package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.assertPrequelHeaders;
import static dev.dataexport.prequel.TestSupport.body;
import static dev.dataexport.prequel.TestSupport.envelope;
import static dev.dataexport.prequel.TestSupport.error;
import static dev.dataexport.prequel.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.prequel.config.PostgresConfig;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Create, delete and the connection tests on the wire: method, path, every header, the body as a
 * JSON tree, the parsed response, the error envelope, and the retry class of each call.
 */
class DestinationLifecycleContractTest extends MockServerTest {

  static PostgresConfig postgres() {
    return PostgresConfig.builder()
        .host("db.acme.com")
        .port(5432)
        .database("analytics")
        .schema("export")
        .passwordAuth("exporter", VendorBlockCases.secret("pw"))
        .build();
  }

  static NewDestination newDestination() {
    return NewDestination.builder()
        .name("acme-warehouse")
        .recipientId("rcp_acme")
        .vendor(postgres())
        .frequencyMinutes(60)
        .addEnabledModels("orders", "customers")
        .isEnabled(true)
        .build();
  }

  private static final String NEW_DESTINATION_JSON =
      """
      {"destination": {"vendor": "postgres", "name": "acme-warehouse", "recipient_id": "rcp_acme",
        "frequency_minutes": 60, "enabled_models": ["orders", "customers"], "is_enabled": true,
        "postgres": {"host": "db.acme.com", "port": 5432, "database": "analytics", "schema": "export",
                     "auth_method": "password_auth",
                     "password_auth": {"username": "exporter", "password": "CANARY-pw"}}}}""";

  @Test
  void createSendsTheFullConfigurationAndReadsTheDestination() throws Exception {
    server.enqueue(
        TestSupport.ok(
            """
            {"id": "dst_new", "vendor": "postgres", "name": "acme-warehouse", "recipient_id": "rcp_acme",
             "created_at": "2024-05-01T10:00:00Z", "frequency_minutes": 60,
             "postgres": {"host": "db.acme.com", "port": 5432, "auth_method": "password_auth"}}"""));

    Destination created = client.destinations().create(newDestination());

    assertThat(created.id()).isEqualTo("dst_new");
    assertThat(created.recipientId()).contains("rcp_acme");
    assertThat(created.createdAt()).contains(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(created.vendorSettings().flatMap(VendorSettings::authMethod))
        .contains("password_auth");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/destinations");
    assertPrequelHeaders(request, true);
    assertThat(body(request)).isEqualTo(json(NEW_DESTINATION_JSON));
  }

  @Test
  void createIsNotRetriedAfterA500OrADroppedConnection() {
    server.enqueue(error(500, "boom"));
    assertThatThrownBy(() -> client.destinations().create(newDestination()))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    assertThatThrownBy(() -> client.destinations().create(newDestination()))
        .isInstanceOf(dev.dataexport.core.errors.ApiConnectionException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(waits).isEmpty();
  }

  @Test
  void createMapsTheErrorEnvelope() {
    server.enqueue(error(409, "a destination named 'acme-warehouse' already exists"));

    assertThatThrownBy(() -> client.destinations().create(newDestination()))
        .isInstanceOfSatisfying(
            ApiException.Conflict.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.errorMessage())
                  .contains("a destination named 'acme-warehouse' already exists");
              assertThat(PrequelErrorCode.from(e)).isEmpty();
            });
  }

  @Test
  void anIncompleteNewDestinationCannotBeBuilt() {
    assertThatThrownBy(() -> NewDestination.builder().name("x").vendor(postgres()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("recipientId is required");
    assertThatThrownBy(
            () ->
                NewDestination.builder()
                    .name("x")
                    .recipientId("rcp_1")
                    .vendor(PostgresConfig.builder().host("db").port(5432).build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "destination.postgres.database, destination.postgres.schema,"
                + " destination.postgres.auth_method are required");
    assertThatThrownBy(
            () ->
                NewDestination.builder().name(" ").recipientId("rcp_1").vendor(postgres()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destination.name must not be blank");
    assertThatThrownBy(
            () ->
                NewDestination.builder()
                    .name("x")
                    .recipientId("rcp_1")
                    .vendor(postgres())
                    .frequencyMinutes(0)
                    .build())
        .hasMessage("destination.frequency_minutes must be >= 1, was 0");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyVendorCaseOfTheUpdateIsAcceptedOrRefusedByNameForCreation() {
    for (VendorBlockCases.Case c : VendorBlockCases.all()) {
      try {
        NewDestination built =
            NewDestination.builder().name("n").recipientId("r").vendor(c.block()).build();
        assertThat(TestSupport.tree(built).path("vendor").textValue())
            .isEqualTo(c.block().vendorKey());
      } catch (IllegalStateException missing) {
        // a partial case of the update: the message names what a creation lacks, never a value
        assertThat(missing.getMessage())
            .startsWith("destination." + c.block().vendorKey() + ".")
            .doesNotContain(VendorBlockCases.CANARY);
      }
    }
  }

  @Test
  void deleteSendsDeleteAndReturnsDeleted() throws Exception {
    server.enqueue(envelope(200, "{}"));

    DeleteResult result = client.destinations().delete("dst/1");

    assertThat(result.wasGoneOnRetry()).isFalse();
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getPath()).isEqualTo("/destinations/dst%2F1");
    assertPrequelHeaders(request, false);
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void aDeleteWhose404AnswersARetryIsDoneAndSaysSo() {
    server.enqueue(error(502, "bad gateway"));
    server.enqueue(error(404, "destination dst_1 not found"));

    ApiResponse<DeleteResult> response = client.destinations().withRawResponse().delete("dst_1");

    assertThat(response.value().wasGoneOnRetry()).isTrue();
    assertThat(response.attempts()).hasSize(2);
  }

  @Test
  void aDeleteWhoseFirstAttemptMeets404IsNotFound() {
    server.enqueue(error(404, "destination dst_1 not found"));

    assertThatThrownBy(() -> client.destinations().delete("dst_1"))
        .isInstanceOfSatisfying(
            ApiException.NotFound.class,
            e -> assertThat(e.errorMessage()).contains("destination dst_1 not found"));
  }

  @Test
  void anErrorEnvelopeInsideA200DeleteIsAnError() {
    server.enqueue(
        new MockResponse()
            .setBody("{\"status\":\"error\",\"data\":null,\"message\":\"cannot delete\"}"));

    assertThatThrownBy(() -> client.destinations().delete("dst_1"))
        .isInstanceOfSatisfying(
            ApiException.UnexpectedStatus.class, e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void testOfANewConfigurationSendsItAndReadsThePassedVerdict() throws Exception {
    server.enqueue(envelope(200, "{\"status\": \"success\"}"));

    ConnectionTest verdict = client.destinations().test(newDestination());

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.status()).isEqualTo(ConnectionTestStatus.SUCCESS);
    assertThat(verdict.message()).contains("ok");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/test-destination");
    assertPrequelHeaders(request, true);
    assertThat(body(request)).isEqualTo(json(NEW_DESTINATION_JSON));
  }

  @Test
  void aFailedTestIsAValueWithPrequelsMessageNotAnException() throws Exception {
    server.enqueue(
        envelope(
            200, "{\"status\": \"failure\", \"message\": \"password authentication failed\"}"));

    ConnectionTest verdict = client.destinations().testConnection("dst_1");

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.status()).isEqualTo(ConnectionTestStatus.FAILURE);
    assertThat(verdict.message()).contains("password authentication failed");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1/test-connection");
    assertPrequelHeaders(request, true);
    assertThat(body(request)).isEqualTo(json("{\"destination\": {}}"));
  }

  @Test
  void anUnknownVerdictIsKeptAndDoesNotPass() {
    server.enqueue(envelope(200, "{\"status\": \"partially_reachable\"}"));

    ConnectionTest verdict = client.destinations().testConnection("dst_1");

    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.status().value()).isEqualTo("partially_reachable");
    assertThat(verdict.status().isKnown()).isFalse();
  }

  @Test
  void testWithChangesLaysThemOverTheSavedConfiguration() throws Exception {
    server.enqueue(envelope(200, "{\"status\": \"success\"}"));

    client
        .destinations()
        .testWithChanges(
            "dst_1",
            DestinationUpdate.builder()
                .postgres(
                    PostgresConfig.builder()
                        .passwordAuth("exporter", VendorBlockCases.secret("new"))
                        .build())
                .build());

    RecordedRequest request = server.takeRequest();
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1/test-connection");
    assertThat(body(request))
        .isEqualTo(
            json(
                """
                {"destination": {"postgres": {"auth_method": "password_auth",
                  "password_auth": {"username": "exporter", "password": "CANARY-new"}}}}"""));
  }

  @Test
  void testsAreRetriedBecauseTheyChangeNothing() {
    server.enqueue(error(503, "busy"));
    server.enqueue(envelope(200, "{\"status\": \"success\"}"));

    assertThat(client.destinations().testConnection("dst_1").passed()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTestPrequelRefusesIsAnException() {
    server.enqueue(error(400, "destination.postgres.host is required"));

    assertThatThrownBy(() -> client.destinations().test(newDestination()))
        .isInstanceOfSatisfying(
            ApiException.BadRequest.class,
            e -> assertThat(e.errorMessage()).contains("destination.postgres.host is required"));
  }

  @Test
  void asyncAndRawTwinsSendTheSameRequests() throws Exception {
    server.enqueue(TestSupport.ok());
    server.enqueue(envelope(200, "{}"));
    server.enqueue(envelope(200, "{\"status\": \"success\"}"));
    server.enqueue(envelope(200, "{\"status\": \"success\"}"));

    assertThat(client.destinations().createAsync(newDestination()).get(5, TimeUnit.SECONDS).id())
        .isEqualTo("dst_1");
    assertThat(client.destinations().deleteAsync("dst_1").get(5, TimeUnit.SECONDS))
        .isEqualTo(DeleteResult.deleted());
    assertThat(
            client
                .destinations()
                .withRawResponse()
                .testAsync(newDestination())
                .get(5, TimeUnit.SECONDS)
                .value()
                .passed())
        .isTrue();
    assertThat(client.destinations().testConnectionAsync("dst_1").get(5, TimeUnit.SECONDS).passed())
        .isTrue();
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations");
    assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
    assertThat(server.takeRequest().getPath()).isEqualTo("/test-destination");
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations/dst_1/test-connection");
  }

  @Test
  void badIdsFailBeforeAnyRequest() {
    assertThatThrownBy(() -> client.destinations().delete(" "))
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> client.destinations().testConnection(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId must not be null");
    assertThatThrownBy(() -> client.destinations().testWithChanges("dst_1", null))
        .hasMessage("changes must not be null");
    assertThatThrownBy(() -> client.destinations().create(null))
        .hasMessage("destination must not be null");
    assertThat(server.getRequestCount()).isZero();
  }
}
