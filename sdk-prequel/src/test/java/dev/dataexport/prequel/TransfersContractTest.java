package dev.dataexport.prequel;

import static dev.dataexport.prequel.TestSupport.assertPrequelHeaders;
import static dev.dataexport.prequel.TestSupport.body;
import static dev.dataexport.prequel.TestSupport.envelope;
import static dev.dataexport.prequel.TestSupport.error;
import static dev.dataexport.prequel.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The transfer calls on the wire, and the waiter on a clock that only its sleeper moves: no test
 * here sleeps.
 */
class TransfersContractTest extends MockServerTest {
  private Instant now = Instant.parse("2024-05-01T10:00:00Z");

  /** A clock that only the sleeper moves, so the waiter's deadline passes without sleeping. */
  @Override
  PrequelClient.Builder configure(PrequelClient.Builder builder) {
    return builder
        .clock(
            new Clock() {
              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return this;
              }

              @Override
              public Instant instant() {
                return now;
              }
            })
        .sleeper(
            new Sleeper() {
              @Override
              public void sleep(Duration duration) {
                waits.add(duration);
                now = now.plus(duration);
              }

              @Override
              public CompletableFuture<Void> sleepAsync(Duration duration) {
                sleep(duration);
                return CompletableFuture.completedFuture(null);
              }
            });
  }

  private static MockResponse transfer(String status) {
    return TestSupport.envelope(
        200, "{\"transfer\": {\"id\": \"tr_1\", \"status\": \"" + status + "\"}}");
  }

  @Test
  void startSendsEveryOptionAndReturnsTheTransferId() throws Exception {
    server.enqueue(envelope(200, "{\"transfer_id\": \"tr_1\"}"));

    String id =
        client
            .transfers()
            .start(
                "dst_1",
                StartTransferRequest.builder()
                    .fullRefresh(true)
                    .isDebugMode(false)
                    .addModels("orders", "customers")
                    .startTransferWindowAt(Instant.parse("2024-04-01T00:00:00Z"))
                    .endTransferWindowAt(Instant.parse("2024-05-01T00:00:00Z"))
                    .putTags("team", "data-eng")
                    .putTags("run_id", "r-42")
                    .build());

    assertThat(id).isEqualTo("tr_1");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/destinations/dst_1/transfer");
    assertPrequelHeaders(request, true);
    assertThat(body(request))
        .isEqualTo(
            json(
                """
                {"full_refresh": true, "is_debug_mode": false, "models": ["orders", "customers"],
                 "start_transfer_window_at": "2024-04-01T00:00:00Z",
                 "end_transfer_window_at": "2024-05-01T00:00:00Z",
                 "tags": {"team": "data-eng", "run_id": "r-42"}}"""));
  }

  @Test
  void theDefaultStartSendsAnEmptyObject() throws Exception {
    server.enqueue(envelope(200, "{\"transfer_id\": \"tr_1\"}"));

    client.transfers().start("dst_1", StartTransferRequest.defaults());

    assertThat(body(server.takeRequest())).isEqualTo(json("{}"));
  }

  @Test
  void startIsNotRetriedAfterA500() {
    server.enqueue(error(500, "boom"));

    assertThatThrownBy(() -> client.transfers().start("dst_1", StartTransferRequest.defaults()))
        .isInstanceOfSatisfying(
            ApiException.ServerError.class, e -> assertThat(e.errorMessage()).contains("boom"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void tagsModelsAndWindowAreCheckedBeforeAnyRequest() {
    assertThatThrownBy(() -> StartTransferRequest.builder().putTags("team name", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tags key \"team name\" must match [A-Za-z0-9_-]+");
    assertThatThrownBy(() -> StartTransferRequest.builder().putTags("team", "a.b").build())
        .hasMessage("tags.team must match [A-Za-z0-9_-]+");
    assertThatThrownBy(() -> StartTransferRequest.builder().putTags("", "x").build())
        .hasMessage("tags key \"\" must match [A-Za-z0-9_-]+");
    assertThatThrownBy(() -> StartTransferRequest.builder().addModels(" ").build())
        .hasMessage("models[0] must not be blank");
    assertThatThrownBy(
            () ->
                StartTransferRequest.builder()
                    .startTransferWindowAt(Instant.parse("2024-05-01T00:00:00Z"))
                    .endTransferWindowAt(Instant.parse("2024-04-01T00:00:00Z"))
                    .build())
        .hasMessage("end_transfer_window_at must be after start_transfer_window_at");
    assertThatThrownBy(() -> ListTransfersRequest.builder().putIncludeTags("a,b", "x").build())
        .hasMessage("include_tags key \"a,b\" must match [A-Za-z0-9_-]+");
    assertThatThrownBy(() -> client.transfers().start(" ", StartTransferRequest.defaults()))
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> client.transfers().get("")).hasMessage("transferId must not be blank");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getReadsTheTransferWithMetricsAndSnapshots() throws Exception {
    server.enqueue(
        envelope(
            200,
            """
            {"transfer": {"id": "tr_1", "status": "PARTIAL_FAILURE", "is_full_refresh": false,
              "submitted_at": "2024-05-01T10:00:00Z", "rows_transferred": 120, "volume_transferred_in_mb": 1.5,
              "destination_id": "dst_1", "tags": {"team": "data-eng"},
              "model_metrics": [{"model_id": "m1", "model_name": "orders", "rows_transferred": 120},
                                {"model_id": "m2", "model_name": "customers",
                                 "error": {"error_code": "E1", "message": "table locked"}}],
              "models_snapshot": [{"model_id": "m1", "model_name": "orders", "revision_id": "rev9"}],
              "new_field": 1}}"""));

    Transfer transfer = client.transfers().get("tr/1");

    assertThat(transfer.status()).contains(TransferStatus.PARTIAL_FAILURE);
    assertThat(transfer.status().get().isFinal()).isTrue();
    assertThat(transfer.rowsTransferred()).hasValue(120);
    assertThat(transfer.volumeTransferredInMb()).hasValue(1.5);
    assertThat(transfer.modelMetrics()).hasSize(2);
    assertThat(transfer.modelMetrics().get(1).error().flatMap(ModelError::message))
        .contains("table locked");
    assertThat(transfer.modelsSnapshot().get(0).revisionId()).contains("rev9");
    assertThat(transfer.tags().get("team").textValue()).isEqualTo("data-eng");
    assertThat(transfer.unknownFields()).containsKey("new_field");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/transfers/tr%2F1");
    assertPrequelHeaders(request, false);
  }

  @Test
  void getOfAnUnknownTransferIsNotFound() {
    server.enqueue(error(404, "transfer tr_9 not found"));

    assertThatThrownBy(() -> client.transfers().get("tr_9"))
        .isInstanceOfSatisfying(
            ApiException.NotFound.class,
            e -> assertThat(e.errorMessage()).contains("transfer tr_9 not found"));
  }

  @Test
  void listSendsEveryFilterAndPages() throws Exception {
    server.enqueue(
        new MockResponse()
            .setBody(
                "{\"status\": \"success\", \"data\": {\"transfers\": [{\"id\": \"tr_1\","
                    + " \"status\": \"SUCCESS\"}]}, \"has_next\": true, \"next_url\": \""
                    + server.url("/transfers?cursor=c2")
                    + "\"}"));
    server.enqueue(envelope(200, "{\"transfers\": [{\"id\": \"tr_2\", \"status\": \"NEW\"}]}"));

    List<Transfer> transfers =
        client
            .transfers()
            .list(
                ListTransfersRequest.builder()
                    .status(TransferStatus.SUCCESS)
                    .putIncludeTags("team", "data-eng")
                    .putIncludeTags("run", "r-1")
                    .endedBefore(Instant.parse("2024-05-02T00:00:00Z"))
                    .endedAfter(Instant.parse("2024-05-01T00:00:00Z"))
                    .pageSize(50)
                    .build())
            .autoPager()
            .stream()
            .toList();

    assertThat(transfers).extracting(t -> t.id().orElseThrow()).containsExactly("tr_1", "tr_2");
    assertThat(transfers.get(1).status().orElseThrow().isKnown()).isFalse();
    assertThat(transfers.get(1).status().orElseThrow().isFinal()).isFalse();
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getRequestUrl().encodedPath()).isEqualTo("/transfers");
    assertThat(first.getRequestUrl().queryParameter("status")).isEqualTo("SUCCESS");
    assertThat(first.getRequestUrl().queryParameter("include_tags"))
        .isEqualTo("team.data-eng,run.r-1");
    assertThat(first.getRequestUrl().queryParameter("ended_before"))
        .isEqualTo("2024-05-02T00:00:00Z");
    assertThat(first.getRequestUrl().queryParameter("ended_after"))
        .isEqualTo("2024-05-01T00:00:00Z");
    assertThat(first.getRequestUrl().queryParameter("page_size")).isEqualTo("50");
    assertThat(first.getRequestUrl().querySize()).isEqualTo(5);
    assertPrequelHeaders(first, false);
    assertThat(server.takeRequest().getPath()).isEqualTo("/transfers?cursor=c2");
  }

  @Test
  void listForDestinationUsesTheDestinationsPath() throws Exception {
    server.enqueue(envelope(200, "{\"transfers\": []}"));

    Page<Transfer> page =
        client.transfers().listForDestination("dst 1", ListTransfersRequest.defaults());

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNext()).isFalse();
    assertThat(server.takeRequest().getPath()).isEqualTo("/destinations/dst%201/transfers");
  }

  @Test
  void theWaiterPollsWithDoublingBackoffOnTheInjectedClockUntilAFinalStatus() {
    server.enqueue(transfer("PENDING"));
    server.enqueue(transfer("RUNNING"));
    server.enqueue(transfer("RUNNING"));
    server.enqueue(transfer("SUCCESS"));

    Transfer done = client.transfers().awaitFinalStatus("tr_1", Duration.ofMinutes(5));

    assertThat(done.status()).contains(TransferStatus.SUCCESS);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void anErrorIsAFinalStatusReturnedNotThrown() throws Exception {
    server.enqueue(transfer("RUNNING"));
    server.enqueue(transfer("ERROR"));

    ApiResponse<Transfer> last =
        client
            .transfers()
            .withRawResponse()
            .awaitFinalStatusAsync("tr_1", Duration.ofMinutes(1))
            .get(5, TimeUnit.SECONDS);

    assertThat(last.value().status()).contains(TransferStatus.ERROR);
    assertThat(waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void theWaiterTimesOutOnTheInjectedClockNamingTheLastStatus() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(transfer("RUNNING"));
    }

    assertThatThrownBy(() -> client.transfers().awaitFinalStatus("tr_1", Duration.ofSeconds(20)))
        .isInstanceOf(ApiConnectionException.Timeout.class)
        .hasMessageContaining("transfer tr_1 did not finish within")
        .hasMessageContaining("RUNNING");
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(6));
  }
}
