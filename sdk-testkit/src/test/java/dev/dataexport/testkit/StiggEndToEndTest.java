package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggErrorCode;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.SyncStatus;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sdk-stigg end to end against FakeStigg: state changes, both auth modes, errors and faults. */
class StiggEndToEndTest {
  @RegisterExtension
  final FakeStigg stigg =
      new FakeStigg()
          .addDestination("int_1", "dst_1", "snowflake")
          .addDestination("int_1", "dst_2", "bigquery", List.of("invoices"));

  private static UpdateSelectionRequest select(String integrationId, String... models) {
    return UpdateSelectionRequest.builder()
        .integrationId(integrationId)
        .addEnabledModels(models)
        .build();
  }

  @Test
  void updateShowsInTheReturnedListAndInTheFake() {
    DestinationList list =
        stigg
            .client()
            .destinations()
            .updateSelection("dst_1", select("int_1", "customers", "plans"));
    Destination updated = list.find("dst_1").orElseThrow();
    assertThat(updated.type()).isEqualTo(DestinationType.SNOWFLAKE);
    assertThat(updated.enabledModels()).contains(List.of("customers", "plans"));
    assertThat(updated.selectsFullCatalog()).isFalse();
    assertThat(list.find("dst_2").orElseThrow().enabledModels()).contains(List.of("invoices"));
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers", "plans"));
    assertThat(stigg.lastRequest().bodyText())
        .isEqualTo("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"plans\"]}");
  }

  @Test
  void fullCatalogBeforeTheFirstUpdate() {
    stigg.addDestination("int_2", "dst_3", "snowflake");
    stigg.addDestination("int_2", "dst_4", "snowflake");
    DestinationList list =
        stigg.client().destinations().updateSelection("dst_4", select("int_2", "customers"));
    assertThat(list.find("dst_3").orElseThrow().selectsFullCatalog()).isTrue();
  }

  @Test
  void repeatingTheUpdateGivesTheSameResult() {
    DestinationList first =
        stigg.client().destinations().updateSelection("dst_1", select("int_1", "customers"));
    DestinationList second =
        stigg.client().destinations().updateSelection("dst_1", select("int_1", "customers"));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void seededSyncStatusAndUnknownFieldsReachTheModel() {
    stigg.addDestination(
        "int_3",
        Map.of(
            "destinationId",
            "dst_s",
            "type",
            "redshift",
            "connectedAt",
            "2026-06-04T12:00:00.000Z",
            "connectionStatus",
            "failed",
            "lastSyncStatus",
            Map.of(
                "transferId",
                "tr_1",
                "status",
                "FAILED",
                "finishedAt",
                "2026-06-04T12:30:00.000Z",
                "rowsTransferred",
                0,
                "blamedParty",
                "customer",
                "failureMessage",
                "permission denied"),
            "warehouseRegion",
            "eu-west-1"));
    Destination destination =
        stigg
            .client()
            .destinations()
            .updateSelection("dst_s", select("int_3", "customers"))
            .find("dst_s")
            .orElseThrow();
    assertThat(destination.type().isKnown()).isFalse();
    assertThat(destination.connectedAt()).isEqualTo(Instant.parse("2026-06-04T12:00:00Z"));
    assertThat(destination.unknownFields())
        .containsEntry("warehouseRegion", TextNode.valueOf("eu-west-1"));
    var sync = destination.lastSyncStatus().orElseThrow();
    assertThat(sync.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(sync.rowsTransferred()).hasValue(0);
    assertThat(sync.blamedParty()).contains("customer");
    assertThat(sync.failureMessage()).contains("permission denied");
  }

  @Test
  void jwtModeWorksAndOverridesReachTheFake() {
    try (StiggClient client = stigg.jwtClientBuilder().accountId("acc_1").build()) {
      client.destinations().updateSelection("dst_1", select("int_1", "customers"));
      ApiException.NotFound wrongEnvironment =
          catchThrowableOfType(
              ApiException.NotFound.class,
              () ->
                  client
                      .destinations()
                      .updateSelection(
                          "dst_1",
                          select("int_1", "customers"),
                          StiggRequestOptions.builder().environmentId("env_other").build()));
      assertThat(StiggErrorCode.from(wrongEnvironment))
          .contains(StiggErrorCode.ENVIRONMENT_MISSING);
    }
    assertThat(stigg.requests().get(0).header("X-ACCOUNT-ID")).hasValue("acc_1");
    assertThat(stigg.lastRequest().header("X-ENVIRONMENT-ID")).hasValue("env_other");
  }

  @Test
  void wrongKeyIs401Unauthenticated() {
    try (StiggClient client = stigg.clientBuilder().apiKey("wrong-key").build()) {
      ApiException.Authentication error =
          catchThrowableOfType(
              ApiException.Authentication.class,
              () -> client.destinations().updateSelection("dst_1", select("int_1", "customers")));
      assertThat(StiggErrorCode.from(error)).contains(StiggErrorCode.UNAUTHENTICATED);
      assertThat(error.attempts()).hasSize(1);
    }
  }

  @Test
  void unknownIntegrationIs404IntegrationNotFound() {
    ApiException.NotFound error =
        catchThrowableOfType(
            ApiException.NotFound.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection("dst_1", select("int_404", "customers")));
    assertThat(StiggErrorCode.from(error)).contains(StiggErrorCode.INTEGRATION_NOT_FOUND);
    assertThat(error.errorMessage()).contains("Integration int_404 not found");
  }

  @Test
  void unknownDestinationIs404WithoutCode() {
    ApiException.NotFound error =
        catchThrowableOfType(
            ApiException.NotFound.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection("dst_404", select("int_1", "customers")));
    assertThat(StiggErrorCode.from(error)).isEmpty();
  }

  @Test
  void rateLimitWithRetryAfterIsAbsorbedByRetries() {
    stigg.failNext(2, Fault.rateLimited("Retry-After", "1"));
    ApiResponse<DestinationList> response =
        stigg
            .client()
            .destinations()
            .withRawResponse()
            .updateSelection("dst_1", select("int_1", "customers"));
    assertThat(response.attempts()).hasSize(3);
    assertThat(stigg.sleeper().waits())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(stigg.requests()).hasSize(3);
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
  }

  @Test
  void rateLimitBeyondTheRetriesSurfacesWithItsCode() {
    stigg.failNext(3, Fault.rateLimited("Retry-After-Ms", "20"));
    ApiException.RateLimited error =
        catchThrowableOfType(
            ApiException.RateLimited.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection("dst_1", select("int_1", "customers")));
    assertThat(StiggErrorCode.from(error)).contains(StiggErrorCode.RATE_LIMIT_EXCEEDED);
    assertThat(error.retryAfter()).contains(Duration.ofMillis(20));
    assertThat(error.attempts()).hasSize(3);
    assertThat(stigg.enabledModels("int_1", "dst_1")).isEmpty();
  }

  @Test
  void serviceUnavailableIsRetried() {
    stigg.failNext(1, Fault.status(503));
    ApiResponse<DestinationList> response =
        stigg
            .client()
            .destinations()
            .withRawResponse()
            .updateSelection("dst_1", select("int_1", "customers"));
    assertThat(response.attempts()).hasSize(2);
    assertThat(stigg.sleeper().waits()).hasSize(1);
  }

  @Test
  void persistentServerErrorSurfacesAfterEveryAttempt() {
    stigg.failNext(3, Fault.status(500));
    ApiException.ServerError error =
        catchThrowableOfType(
            ApiException.ServerError.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection("dst_1", select("int_1", "customers")));
    assertThat(error.attempts()).hasSize(3);
  }

  @Test
  void droppedConnectionIsRetriedBecauseTheUpdateIsSafeToRepeat() {
    stigg.failNext(1, Fault.dropConnection());
    ApiResponse<DestinationList> response =
        stigg
            .client()
            .destinations()
            .withRawResponse()
            .updateSelection("dst_1", select("int_1", "customers"));
    assertThat(response.attempts()).hasSize(2);
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
  }

  @Test
  void droppedConnectionsBeyondTheRetriesAreAConnectionError() {
    stigg.failNext(3, Fault.dropConnection());
    ApiConnectionException error =
        catchThrowableOfType(
            ApiConnectionException.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection("dst_1", select("int_1", "customers")));
    assertThat(error.attempts()).hasSize(3);
  }

  @Test
  void slowAnswerHitsThePerCallTimeout() {
    stigg.failNext(1, Fault.delay(Duration.ofMillis(400)));
    var error =
        catchThrowableOfType(
            dev.dataexport.core.errors.DataExportException.class,
            () ->
                stigg
                    .client()
                    .destinations()
                    .updateSelection(
                        "dst_1",
                        select("int_1", "customers"),
                        StiggRequestOptions.builder()
                            .callTimeout(Duration.ofMillis(100))
                            .maxRetries(0)
                            .build()));
    assertThat(error).isInstanceOf(dev.dataexport.core.errors.ApiConnectionException.Timeout.class);
  }

  @Test
  void asyncThroughTheFake() throws Exception {
    stigg.failNext(1, Fault.rateLimited("Retry-After", "1"));
    DestinationList list =
        stigg
            .client()
            .destinations()
            .updateSelectionAsync("dst_2", select("int_1", "orders"))
            .get(5, TimeUnit.SECONDS);
    assertThat(list.find("dst_2").orElseThrow().enabledModels()).contains(List.of("orders"));
  }

  @Test
  void derivedClientWithFewerRetriesSharesTheFakeAndItsState() {
    StiggClient noRetries = stigg.client().withOptions(options -> options.maxRetries(0));
    try (noRetries) {
      stigg.failNext(1, Fault.status(503));
      ApiException.ServerError error =
          catchThrowableOfType(
              ApiException.ServerError.class,
              () ->
                  noRetries.destinations().updateSelection("dst_1", select("int_1", "customers")));
      assertThat(error.attempts()).hasSize(1);
      noRetries.destinations().updateSelection("dst_1", select("int_1", "plans"));
    }
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("plans"));
    DestinationList list =
        stigg.client().destinations().updateSelection("dst_2", select("int_1", "orders"));
    assertThat(list.find("dst_1").orElseThrow().enabledModels()).contains(List.of("plans"));
  }

  @Test
  void blankIdsNeverReachTheFake() {
    assertThatThrownBy(
            () -> stigg.client().destinations().updateSelection(" ", select("int_1", "customers")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> select(" ", "customers"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("integrationId must not be blank");
    assertThat(stigg.requests()).isEmpty();
  }
}
