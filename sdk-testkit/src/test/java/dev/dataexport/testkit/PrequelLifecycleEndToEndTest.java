package dev.dataexport.testkit;

import static dev.dataexport.testkit.FakePrequelFixtures.CANARY;
import static dev.dataexport.testkit.FakePrequelFixtures.newPostgres;
import static dev.dataexport.testkit.FakePrequelFixtures.postgresBlock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.prequel.ConnectionTest;
import dev.dataexport.prequel.ConnectionTestStatus;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.ListTransfersRequest;
import dev.dataexport.prequel.Page;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.StartTransferRequest;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.TransferStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sdk-prequel's lifecycle calls end to end through FakePrequel: create, test, list page by page,
 * transfer and wait, delete; with the fake's faults, verdicts and failing transfers.
 */
class PrequelLifecycleEndToEndTest {
  private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  private PrequelClient client;

  @BeforeEach
  void setUp() {
    prequel.clock(Clock.fixed(T0, ZoneOffset.UTC));
    client = prequel.client();
  }

  @Test
  void theWholeLifecycleOfADestinationForANewRecipient() {
    ConnectionTest beforeSaving = client.destinations().test(newPostgres("acme", "rcp_acme"));
    assertThat(beforeSaving.passed()).isTrue();

    Destination created = client.destinations().create(newPostgres("acme", "rcp_acme"));
    assertThat(created.recipientId()).contains("rcp_acme");
    assertThat(created.createdAt()).contains(T0);
    assertThat(client.destinations().testConnection(created.id()).passed()).isTrue();

    String transferId =
        client
            .transfers()
            .start(
                created.id(),
                StartTransferRequest.builder()
                    .fullRefresh(true)
                    .addModels("events")
                    .putTags("reason", "onboarding")
                    .build());
    assertThat(client.transfers().get(transferId).status()).contains(TransferStatus.PENDING);

    Transfer done = client.transfers().awaitFinalStatus(transferId, Duration.ofMinutes(1));

    assertThat(done.status()).contains(TransferStatus.SUCCESS);
    assertThat(done.isFullRefresh()).contains(true);
    assertThat(done.endedAt()).contains(T0.plusSeconds(5));
    assertThat(done.modelMetrics())
        .singleElement()
        .satisfies(m -> assertThat(m.modelId()).contains("events"));
    assertThat(done.tags().get("reason").textValue()).isEqualTo("onboarding");
    // polled at 0 s (PENDING), 2 s (RUNNING) and 6 s (SUCCESS): the waits moved the fake's clock
    assertThat(prequel.sleeper().waits())
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    Destination afterTransfer = client.destinations().get(created.id());
    assertThat(afterTransfer.lastCompletedTransfer().flatMap(Transfer::id)).contains(transferId);
    assertThat(afterTransfer.lastSuccessfulTransferEndedAt()).contains(T0.plusSeconds(5));

    DeleteResult deleted = client.destinations().delete(created.id());
    assertThat(deleted.wasGoneOnRetry()).isFalse();
    assertThatThrownBy(() -> client.destinations().get(created.id()))
        .isInstanceOf(ApiException.NotFound.class);
    assertThat(prequel.destinationCount()).isZero();
  }

  @Test
  void theCredentialIsStoredButNeverReturnedNorPrinted() {
    Destination created = client.destinations().create(newPostgres("acme", "rcp_acme"));

    assertThat(prequel.storedDestination(created.id()).orElseThrow().toString()).contains(CANARY);
    assertThat(created.toString()).doesNotContain(CANARY);
    assertThat(created.vendorSettings().orElseThrow().json().toString()).doesNotContain(CANARY);
    assertThat(created.vendorSettings().orElseThrow().authMethod()).contains("password_auth");
    assertThat(newPostgres("acme", "rcp_acme").toString()).doesNotContain(CANARY);
    assertThat(prequel.lastRequest().bodyText()).contains(CANARY); // sent, once
  }

  @Test
  void listingWalksEveryPageLazilyAndAnEmptyListIsOnePage() {
    Page<Destination> none = client.destinations().list(ListDestinationsRequest.defaults());
    assertThat(none.items()).isEmpty();
    assertThat(none.hasNext()).isFalse();

    for (int i = 1; i <= 250; i++) {
      prequel.addDestination(String.format("dst_%03d", i), "postgres", null);
    }
    prequel.clearRequests();

    Page<Destination> first =
        client.destinations().list(ListDestinationsRequest.builder().pageSize(100).build());
    assertThat(first.items()).hasSize(100);
    assertThat(first.hasNext()).isTrue();
    assertThat(prequel.requestCount()).isEqualTo(1);

    List<String> ids = first.autoPager().stream().map(Destination::id).toList();

    assertThat(ids).hasSize(250).doesNotHaveDuplicates().startsWith("dst_001").endsWith("dst_250");
    assertThat(prequel.requestCount()).isEqualTo(3);
    assertThat(prequel.requests().get(2).path()).containsPattern("[?&]cursor=[^&]+");
    assertThat(first.autoPager().maxPages(2).stream().count()).isEqualTo(200);
  }

  @Test
  void aFailedTestIsAValueWithPrequelsMessage() {
    prequel.addDestination("dst_1", "postgres", postgresBlock("old-password"));
    prequel.connectionTestVerdict("dst_1", "failure", "password authentication failed");

    ConnectionTest saved = client.destinations().testConnection("dst_1");
    ConnectionTest withChanges =
        client
            .destinations()
            .testWithChanges("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());

    assertThat(saved.passed()).isFalse();
    assertThat(saved.status()).isEqualTo(ConnectionTestStatus.FAILURE);
    assertThat(saved.message()).contains("password authentication failed");
    assertThat(withChanges.passed()).isFalse();
    assertThat(prequel.storedDestination("dst_1").orElseThrow().path("frequency_minutes").asInt())
        .isEqualTo(60); // a test saves nothing

    prequel.connectionTestVerdict("checking", null);
    ConnectionTest unknown = client.destinations().test(newPostgres("new", "rcp_new"));
    assertThat(unknown.passed()).isFalse();
    assertThat(unknown.status().value()).isEqualTo("checking");
  }

  @Test
  void aTransferToldToFailIsReturnedAsErrorNotThrown() {
    prequel.addDestination("dst_1", "postgres", postgresBlock("pw")).failTransfersOf("dst_1");
    String id =
        client
            .transfers()
            .start("dst_1", StartTransferRequest.builder().addModels("events").build());

    Transfer failed = client.transfers().awaitFinalStatus(id, Duration.ofMinutes(1));

    assertThat(failed.status()).contains(TransferStatus.ERROR);
    assertThat(failed.modelMetrics().get(0).error().flatMap(e -> e.errorCode()))
        .contains("FAKE_TRANSFER_FAILED");
  }

  @Test
  void theWaiterTimesOutOnTheFakesClockWithoutSleeping() {
    prequel
        .addDestination("dst_1", "postgres", null)
        .transferTimings(Duration.ZERO, Duration.ofHours(1));
    String id = client.transfers().start("dst_1", StartTransferRequest.defaults());

    long started = System.nanoTime();
    assertThatThrownBy(() -> client.transfers().awaitFinalStatus(id, Duration.ofSeconds(30)))
        .isInstanceOf(ApiConnectionException.Timeout.class)
        .hasMessageContaining("RUNNING");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    assertThat(prequel.sleeper().total()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void transfersAreListedPerDestinationAndOverallWithFiltersAndPaging() {
    prequel.addDestination("dst_1", "postgres", null).addDestination("dst_2", "postgres", null);
    String a =
        client
            .transfers()
            .start("dst_1", StartTransferRequest.builder().putTags("run", "a").build());
    String b =
        client
            .transfers()
            .start("dst_2", StartTransferRequest.builder().putTags("run", "b").build());
    prequel.advanceClock(Duration.ofMinutes(1));
    String c =
        client
            .transfers()
            .start("dst_1", StartTransferRequest.builder().putTags("run", "b").build());

    assertThat(ids(client.transfers().list(ListTransfersRequest.builder().pageSize(1).build())))
        .containsExactly(a, b, c);
    assertThat(ids(client.transfers().listForDestination("dst_1", ListTransfersRequest.defaults())))
        .containsExactly(a, c);
    assertThat(
            ids(
                client
                    .transfers()
                    .list(ListTransfersRequest.builder().status(TransferStatus.SUCCESS).build())))
        .containsExactly(a, b);
    assertThat(
            ids(
                client
                    .transfers()
                    .list(ListTransfersRequest.builder().putIncludeTags("run", "b").build())))
        .containsExactly(b, c);
    assertThat(
            ids(
                client
                    .transfers()
                    .list(
                        ListTransfersRequest.builder()
                            .endedAfter(T0)
                            .endedBefore(T0.plusSeconds(30))
                            .build())))
        .containsExactly(a, b);
    assertThat(prequel.requests().stream().filter(r -> r.path().contains("cursor="))).hasSize(2);
  }

  private static List<String> ids(Page<Transfer> page) {
    return page.autoPager().stream().map(t -> t.id().orElseThrow()).toList();
  }

  @Test
  void aCreateIsNotRepeatedAfterA500ButADuplicateNameIsAConflict() {
    prequel.failNext(1, Fault.status(500));
    assertThatThrownBy(() -> client.destinations().create(newPostgres("acme", "rcp_acme")))
        .isInstanceOf(ApiException.ServerError.class);
    assertThat(prequel.requestCount()).isEqualTo(1);
    assertThat(prequel.destinationCount()).isZero();

    client.destinations().create(newPostgres("acme", "rcp_acme"));
    assertThatThrownBy(() -> client.destinations().create(newPostgres("acme", "rcp_other")))
        .isInstanceOfSatisfying(
            ApiException.Conflict.class,
            e -> assertThat(e.errorMessage().orElseThrow()).contains("already exists"));
    assertThat(prequel.destinationCount()).isEqualTo(1);
  }

  @Test
  void aDeleteWhoseAnswerWasLostIsDoneOnTheRetryAndSaysSo() {
    prequel.addDestination("dst_1", "postgres", null);
    // the fake deletes, then answers too late: the client times out and asks again
    prequel.failNext(1, Fault.delay(Duration.ofMillis(700)));

    try (PrequelClient impatient =
        prequel.clientBuilder().readTimeout(Duration.ofMillis(100)).build()) {
      DeleteResult result = impatient.destinations().delete("dst_1");

      assertThat(result.wasGoneOnRetry()).isTrue();
    }
    assertThat(prequel.storedDestination("dst_1")).isEmpty();
    assertThat(prequel.requestCount()).isEqualTo(2);
  }

  @Test
  void asyncAndRawTwinsWalkTheSameLifecycle() throws Exception {
    ApiResponse<Destination> created =
        client.destinations().withRawResponse().create(newPostgres("acme", "rcp_acme"));
    assertThat(created.attempts()).hasSize(1);
    String id = created.value().id();

    assertThat(client.destinations().testConnectionAsync(id).get(5, TimeUnit.SECONDS).passed())
        .isTrue();
    String transferId =
        client.transfers().startAsync(id, StartTransferRequest.defaults()).get(5, TimeUnit.SECONDS);
    Transfer done =
        client
            .transfers()
            .awaitFinalStatusAsync(transferId, Duration.ofMinutes(1))
            .get(5, TimeUnit.SECONDS);
    assertThat(done.status()).contains(TransferStatus.SUCCESS);
    assertThat(
            client
                .destinations()
                .listAsync(ListDestinationsRequest.defaults())
                .get(5, TimeUnit.SECONDS)
                .items())
        .extracting(Destination::id)
        .containsExactly(id);
    assertThat(client.destinations().deleteAsync(id).get(5, TimeUnit.SECONDS).wasGoneOnRetry())
        .isFalse();
  }
}
