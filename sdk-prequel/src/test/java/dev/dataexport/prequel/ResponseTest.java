package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference response parsed field by field, tolerant reading, and the envelope's errors. */
class ResponseTest extends MockServerTest {
  /** The reference page's response, with distinct values in place of its placeholders. */
  static final String REFERENCE_DESTINATION =
      """
      {
        "abs": {"folder": "exports", "container_name": "c1", "auth_method": "azure_service_shared_access_signature",
                "storage_account_name": "acct", "disable_manifest": true, "csv": {"delimiter": "|"}},
        "id": "dst_123", "vendor": "abs", "name": "Acme ABS", "recipient_id": "rcp_9",
        "created_at": "2023-11-07T05:31:56Z", "updated_at": "2023-11-08T06:00:00Z",
        "last_successful_transfer_ended_at": "2023-11-09T07:00:00Z",
        "frequency_minutes": 60, "id_in_provider_system": "acme-1", "products": ["billing"],
        "enabled_models": ["orders", "customers"], "max_concurrent_transfers": 2,
        "max_concurrent_queries_per_transfer": 4, "is_enabled": true,
        "last_completed_transfer": {
          "id": "tr_1", "status": "PARTIAL_FAILURE", "is_full_refresh": false, "models": ["orders"], "log": "done",
          "submitted_at": "2023-11-09T06:00:00Z", "start_transfer_window_at": "2023-11-08T06:00:00Z",
          "end_transfer_window_at": "2023-11-09T06:00:00Z", "rows_transferred": 1200,
          "delta_rows_transferred": 200, "volume_transferred_in_mb": 12.5, "is_debug_mode": false,
          "actor_id": "usr_1", "actor_type": "USER", "source_ids": ["src_1"], "destination_id": "dst_123",
          "model_metrics": [{
            "model_id": "mdl_1", "rows_transferred": 1000, "delta_rows_transferred": 150,
            "volume_transferred_in_mb": 10, "start_transfer_window_at": "2023-11-08T06:00:00Z",
            "end_transfer_window_at": "2023-11-09T06:00:00Z", "most_recent_last_updated_at": "2023-11-09T05:59:00Z",
            "error": {"error": {"detail": "x"}, "error_code": "E42", "title": "Permission denied",
                      "blame": "DESTINATION", "documentation_url": "https://docs.prequel.co/e42",
                      "trace": "t-1", "message": "cannot write"},
            "model_name": "orders"}],
          "models_snapshot": [{"model_id": "mdl_1", "model_name": "orders", "revision_id": "rev_7"}],
          "started_at": "2023-11-09T06:01:00Z", "ended_at": "2023-11-09T06:30:00Z", "tags": {"team": "data"}
        },
        "total_rows_transferred_last_billing_period": 5000000000,
        "total_delta_rows_transferred_last_billing_period": 7000,
        "total_rows_transferred_current_billing_period": 900,
        "brand_new_field": {"x": 1}
      }""";

  @Test
  void parsesTheReferenceResponseFieldByField() {
    server.enqueue(TestSupport.ok(REFERENCE_DESTINATION));

    Destination d = client.destinations().get("dst_123");

    assertThat(d.id()).isEqualTo("dst_123");
    assertThat(d.vendor()).contains(Vendor.ABS);
    assertThat(d.name()).contains("Acme ABS");
    assertThat(d.recipientId()).contains("rcp_9");
    assertThat(d.createdAt()).contains(Instant.parse("2023-11-07T05:31:56Z"));
    assertThat(d.updatedAt()).contains(Instant.parse("2023-11-08T06:00:00Z"));
    assertThat(d.lastSuccessfulTransferEndedAt()).contains(Instant.parse("2023-11-09T07:00:00Z"));
    assertThat(d.frequencyMinutes()).hasValue(60);
    assertThat(d.idInProviderSystem()).contains("acme-1");
    assertThat(d.products()).containsExactly("billing");
    assertThat(d.enabledModels()).containsExactly("orders", "customers");
    assertThat(d.maxConcurrentTransfers()).hasValue(2);
    assertThat(d.maxConcurrentQueriesPerTransfer()).hasValue(4);
    assertThat(d.isEnabled()).contains(true);
    assertThat(d.totalRowsTransferredLastBillingPeriod()).hasValue(5_000_000_000L);
    assertThat(d.totalDeltaRowsTransferredLastBillingPeriod()).hasValue(7000L);
    assertThat(d.totalRowsTransferredCurrentBillingPeriod()).hasValue(900L);
    assertThat(d.unknownFields()).containsKey("brand_new_field");

    VendorSettings abs = d.vendorSettings().orElseThrow();
    assertThat(abs.vendorKey()).isEqualTo("abs");
    assertThat(abs.folder()).contains("exports");
    assertThat(abs.authMethod()).contains("azure_service_shared_access_signature");
    assertThat(abs.text("container_name")).contains("c1");
    assertThat(abs.bool("disable_manifest")).contains(true);
    assertThat(abs.json().path("csv").path("delimiter").textValue()).isEqualTo("|");

    Transfer t = d.lastCompletedTransfer().orElseThrow();
    assertThat(t.id()).contains("tr_1");
    assertThat(t.status()).contains(TransferStatus.PARTIAL_FAILURE);
    assertThat(t.isFullRefresh()).contains(false);
    assertThat(t.models()).containsExactly("orders");
    assertThat(t.log()).contains("done");
    assertThat(t.submittedAt()).contains(Instant.parse("2023-11-09T06:00:00Z"));
    assertThat(t.startTransferWindowAt()).contains(Instant.parse("2023-11-08T06:00:00Z"));
    assertThat(t.endTransferWindowAt()).contains(Instant.parse("2023-11-09T06:00:00Z"));
    assertThat(t.rowsTransferred()).hasValue(1200L);
    assertThat(t.deltaRowsTransferred()).hasValue(200L);
    assertThat(t.volumeTransferredInMb()).hasValue(12.5);
    assertThat(t.isDebugMode()).contains(false);
    assertThat(t.actorId()).contains("usr_1");
    assertThat(t.actorType()).contains("USER");
    assertThat(t.sourceIds()).containsExactly("src_1");
    assertThat(t.destinationId()).contains("dst_123");
    assertThat(t.startedAt()).contains(Instant.parse("2023-11-09T06:01:00Z"));
    assertThat(t.endedAt()).contains(Instant.parse("2023-11-09T06:30:00Z"));
    assertThat(t.tags()).isEqualTo(Map.of("team", json("\"data\"")));

    ModelMetric m = t.modelMetrics().get(0);
    assertThat(m.modelId()).contains("mdl_1");
    assertThat(m.modelName()).contains("orders");
    assertThat(m.rowsTransferred()).hasValue(1000L);
    assertThat(m.deltaRowsTransferred()).hasValue(150L);
    assertThat(m.volumeTransferredInMb()).hasValue(10.0);
    assertThat(m.startTransferWindowAt()).contains(Instant.parse("2023-11-08T06:00:00Z"));
    assertThat(m.endTransferWindowAt()).contains(Instant.parse("2023-11-09T06:00:00Z"));
    assertThat(m.mostRecentLastUpdatedAt()).contains(Instant.parse("2023-11-09T05:59:00Z"));
    ModelError e = m.error().orElseThrow();
    assertThat(e.error()).contains(json("{\"detail\": \"x\"}"));
    assertThat(e.errorCode()).contains("E42");
    assertThat(e.title()).contains("Permission denied");
    assertThat(e.blame()).contains("DESTINATION");
    assertThat(e.documentationUrl()).contains("https://docs.prequel.co/e42");
    assertThat(e.trace()).contains("t-1");
    assertThat(e.message()).contains("cannot write");

    ModelSnapshot s = t.modelsSnapshot().get(0);
    assertThat(s.modelId()).contains("mdl_1");
    assertThat(s.modelName()).contains("orders");
    assertThat(s.revisionId()).contains("rev_7");
  }

  @Test
  void keepsUnknownVendorsStatusesAndFields() {
    server.enqueue(
        TestSupport.ok(
            """
        {"id": "d", "vendor": "duckdb_cloud", "duckdb_cloud": {"region": "eu"},
         "last_completed_transfer": {"status": "QUEUED_FOR_RETRY", "surprise": [1]}}"""));

    Destination d = client.destinations().get("d");

    assertThat(d.vendor().orElseThrow().isKnown()).isFalse();
    assertThat(d.vendor().orElseThrow().value()).isEqualTo("duckdb_cloud");
    assertThat(d.vendorSettings().orElseThrow().text("region")).contains("eu");
    Transfer t = d.lastCompletedTransfer().orElseThrow();
    assertThat(t.status().orElseThrow().value()).isEqualTo("QUEUED_FOR_RETRY");
    assertThat(t.status().orElseThrow().isKnown()).isFalse();
    assertThat(t.unknownFields()).containsEntry("surprise", json("[1]"));
  }

  @Test
  void missingAndNullFieldsAreEmpty() {
    server.enqueue(TestSupport.ok("{\"id\": \"d\", \"name\": null, \"products\": null}"));

    Destination d = client.destinations().get("d");

    assertThat(d.name()).isEmpty();
    assertThat(d.vendor()).isEmpty();
    assertThat(d.products()).isEmpty();
    assertThat(d.lastCompletedTransfer()).isEmpty();
    assertThat(d.vendorSettings()).isEmpty();
    assertThat(TransferStatus.knownValues())
        .extracting(TransferStatus::value)
        .containsExactly(
            "CANCELLED",
            "ERROR",
            "EXPIRED",
            "PARTIAL_FAILURE",
            "PENDING",
            "RUNNING",
            "SUCCESS",
            "ORPHANED");
  }

  @Test
  void errorEnvelopeInA200BecomesATypedException() {
    server.enqueue(
        new MockResponse()
            .setBody("{\"status\": \"error\", \"message\": \"destination is locked\"}"));

    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .update("d", DestinationUpdate.builder().isEnabled(false).build()))
        .isInstanceOfSatisfying(
            ApiException.UnexpectedStatus.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.errorMessage()).contains("destination is locked");
              assertThat(e.getMessage())
                  .contains("PATCH /destinations/d")
                  .contains("destination is locked");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @CsvSource({
    "400, dev.dataexport.core.errors.ApiException$BadRequest",
    "401, dev.dataexport.core.errors.ApiException$Authentication",
    "403, dev.dataexport.core.errors.ApiException$PermissionDenied",
    "404, dev.dataexport.core.errors.ApiException$NotFound",
    "409, dev.dataexport.core.errors.ApiException$Conflict"
  })
  void errorEnvelopeWithAnErrorStatusBecomesTheStatusException(int status, Class<?> type) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .setBody(
                "{\"status\": \"error\", \"data\": null, \"message\": \"nope " + status + "\"}"));

    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOf(type)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(status);
              assertThat(e.errorMessage()).contains("nope " + status);
              assertThat(e.errorCode()).isEmpty();
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no code          | {\"status\": \"error\", \"data\": null, \"message\": \"m\"}           |",
        "code             | {\"status\": \"error\", \"code\": \"LOCKED\", \"message\": \"m\"}        | LOCKED",
        "error_code       | {\"status\": \"error\", \"error_code\": \"E42\", \"message\": \"m\"}     | E42",
        "code wins        | {\"error_code\": \"E42\", \"code\": \"LOCKED\", \"message\": \"m\"}      | LOCKED",
        "blank code       | {\"code\": \" \", \"error_code\": \"E42\", \"message\": \"m\"}          | E42",
        "number code      | {\"code\": 42, \"message\": \"m\"}                                |",
        "object message   | {\"message\": {\"code\": \"inner\"}, \"status\": \"error\"}           |"
      })
  void errorCodesAreReadWhenTheEnvelopeHasOneAndNeverMadeUp(String why, String body, String code) {
    server.enqueue(new MockResponse().setResponseCode(409).setBody(body));
    server.enqueue(new MockResponse().setBody(body.replace("{", "{\"status\": \"error\", ")));

    for (int i = 0; i < 2; i++) { // HTTP 409, then the same envelope inside an HTTP 200
      assertThatThrownBy(() -> client.destinations().get("d"))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.errorCode()).isEqualTo(Optional.ofNullable(code));
                assertThat(PrequelErrorCode.from(e))
                    .isEqualTo(Optional.ofNullable(code).map(PrequelErrorCode::of));
                assertThat(PrequelErrorCode.from(e).filter(PrequelErrorCode::isKnown)).isEmpty();
              });
    }
  }

  @Test
  void prequelDocumentsNoErrorCodes() {
    assertThat(PrequelErrorCode.knownValues()).isEmpty();
    assertThat(PrequelErrorCode.of("LOCKED")).isEqualTo(PrequelErrorCode.of("LOCKED"));
    assertThat(PrequelErrorCode.of("LOCKED").value()).isEqualTo("LOCKED");
  }

  @Test
  void unreadableBodiesBecomeInvalidResponse() {
    server.enqueue(new MockResponse().setBody("<html>gateway</html>"));
    server.enqueue(new MockResponse().setBody("{\"status\": \"success\", \"data\": {}}"));
    server.enqueue(
        new MockResponse().setBody("{\"status\": \"success\", \"data\": {\"destination\": {}}}"));
    server.enqueue(new MockResponse().setResponseCode(404).setBody("<html>not json</html>"));

    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("data.destination");
    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOf(InvalidResponseException.class);
    assertThatThrownBy(() -> client.destinations().get("d"))
        .isInstanceOfSatisfying(
            ApiException.NotFound.class, e -> assertThat(e.errorMessage()).isEmpty());
  }
}
