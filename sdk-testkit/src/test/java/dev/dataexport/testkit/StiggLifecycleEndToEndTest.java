package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationDeletion;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.LastSyncStatus;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.ScopedToken;
import dev.dataexport.stigg.ScopedTokenRequest;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.SyncResult;
import dev.dataexport.stigg.SyncResults;
import dev.dataexport.stigg.SyncStatus;
import dev.dataexport.stigg.TriggerSyncRequest;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole Stigg lifecycle through sdk-stigg and FakeStigg: catalog, create, select, sync on the
 * fake's clock, scoped tokens, delete; and what idempotency keys do when an answer is lost.
 */
class StiggLifecycleEndToEndTest {
  @RegisterExtension final FakeStigg stigg = new FakeStigg();

  private static CreateDestinationRequest create(String id) {
    return CreateDestinationRequest.builder()
        .destinationId(id)
        .destinationType(DestinationType.SNOWFLAKE)
        .build();
  }

  @Test
  void wholeLifecycle() {
    StiggClient client = stigg.client();
    ModelCatalog catalog = client.models().list();
    assertThat(catalog.modelIds())
        .containsExactly("customers", "subscriptions", "invoices", "usage_events", "entitlements");

    DestinationList created = client.destinations().create(create("dst_1"));
    Destination destination = created.find("dst_1").orElseThrow();
    assertThat(destination.selectsFullCatalog()).isTrue();
    assertThat(destination.connectedAt()).isEqualTo(stigg.clock().instant());
    assertThat(stigg.hasDestination("dst_1")).isTrue();

    DestinationList selected =
        client
            .destinations()
            .updateSelection(
                "dst_1",
                UpdateSelectionRequest.builder()
                    .integrationId(FakeStigg.DEFAULT_INTEGRATION_ID)
                    .addEnabledModels("customers", "invoices")
                    .build(),
                StiggRequestOptions.builder().checkModelsAgainst(catalog).build());
    assertThat(selected.find("dst_1").orElseThrow().enabledModels())
        .contains(List.of("customers", "invoices"));

    SyncResult started =
        client.syncs().trigger(TriggerSyncRequest.destination("dst_1")).find("dst_1").orElseThrow();
    assertThat(started.triggered()).isTrue();
    String transferId = started.transferId().orElseThrow();
    assertThat(stigg.transfers("dst_1")).containsExactly(transferId);
    assertThat(status(client)).isEqualTo(SyncStatus.PENDING);
    stigg.clock().advance(Duration.ofSeconds(1));
    assertThat(status(client)).isEqualTo(SyncStatus.RUNNING);
    SyncResult again =
        client.syncs().trigger(TriggerSyncRequest.destination("dst_1")).find("dst_1").orElseThrow();
    assertThat(again.triggered()).isFalse();
    assertThat(again.errorMessage()).contains("a sync is already in progress");
    stigg.clock().advance(Duration.ofSeconds(4));
    LastSyncStatus done = lastSync(client);
    assertThat(done.status()).isEqualTo(SyncStatus.SUCCEEDED);
    assertThat(done.transferId()).isEqualTo(transferId);
    assertThat(done.finishedAt()).contains(stigg.clock().instant());
    assertThat(done.rowsTransferred()).hasValue(1284);

    DestinationDeletion deleted = client.destinations().delete("dst_1");
    assertThat(deleted.wasGoneOnRetry()).isFalse();
    assertThat(deleted.destinations().orElseThrow().find("dst_1")).isEmpty();
    assertThat(stigg.hasDestination("dst_1")).isFalse();
    DestinationDeletion twice = client.destinations().delete("dst_1");
    assertThat(twice.destinations().orElseThrow().destinations()).isEmpty();
  }

  @Test
  void aSecondCreateOfTheSameIdChangesNothing() {
    stigg.client().destinations().create(create("dst_1"));
    DestinationList second =
        stigg
            .client()
            .destinations()
            .create(
                CreateDestinationRequest.builder()
                    .destinationId("dst_1")
                    .destinationType(DestinationType.BIGQUERY)
                    .addEnabledModels("customers")
                    .build());
    assertThat(second.destinations()).hasSize(1);
    assertThat(second.find("dst_1").orElseThrow().type()).isEqualTo(DestinationType.SNOWFLAKE);
    assertThat(second.find("dst_1").orElseThrow().selectsFullCatalog()).isTrue();
  }

  @Test
  void aFailedSyncEndsFailedWithItsMessage() {
    stigg.addDestination("int_1", "dst_1", "bigquery").failNextSync("warehouse is full");
    stigg.client().syncs().trigger(TriggerSyncRequest.allDestinations());
    stigg.clock().advance(Duration.ofSeconds(5));
    LastSyncStatus failed = lastSync(stigg.client());
    assertThat(failed.status()).isEqualTo(SyncStatus.FAILED);
    assertThat(failed.failureMessage()).contains("warehouse is full");
    assertThat(failed.blamedParty()).contains("customer");
  }

  @Test
  void syncOfEveryDestinationStartsOneTransferEach() {
    stigg
        .addDestination("int_1", "dst_1", "snowflake")
        .addDestination("int_1", "dst_2", "bigquery");
    SyncResults results = stigg.client().syncs().trigger(TriggerSyncRequest.allDestinations());
    assertThat(results.results())
        .extracting(SyncResult::destinationId)
        .containsExactly("dst_1", "dst_2");
    assertThat(stigg.transferCount()).isEqualTo(2);
  }

  @Test
  void syncOfAnUnknownDestinationIs404() {
    ApiException.NotFound error =
        catchThrowableOfType(
            ApiException.NotFound.class,
            () -> stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_none")));
    assertThat(error.errorMessage().orElseThrow()).contains("dst_none");
  }

  @Test
  void scopedTokensAreMintedAndExpireOnTheFakesClock() {
    stigg.scopedTokenLifetime(Duration.ofMinutes(10));
    ScopedToken token =
        stigg
            .client()
            .scopedTokens()
            .create(
                ScopedTokenRequest.builder()
                    .applicationOrigin("https://app.example.com")
                    .destinationType(DestinationType.SNOWFLAKE)
                    .build());
    assertThat(token.expiresAt()).isEqualTo(stigg.clock().instant().plus(Duration.ofMinutes(10)));
    assertThat(token.providerMetadata())
        .containsKeys("provider", "applicationOrigin", "destinationType");
    assertThat(token.toString()).doesNotContain(token.token().reveal());
    assertThat(stigg.isScopedTokenValid(token.token().reveal())).isTrue();
    stigg.clock().advance(Duration.ofMinutes(10));
    assertThat(stigg.isScopedTokenValid(token.token().reveal())).isFalse();
    assertThat(token.isExpiredAt(stigg.clock().instant())).isTrue();
    assertThat(stigg.isScopedTokenValid("fake_scoped_other")).isFalse();
  }

  @Test
  void withAKeyALostSyncAnswerIsRetriedAndTheFakeStartsOneTransfer() {
    stigg.addDestination("int_1", "dst_1", "snowflake");
    stigg.failNextAfterActing(1, Fault.status(500));
    SyncResults results = stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_1"));
    assertThat(stigg.requestCount()).isEqualTo(2);
    assertThat(stigg.transferCount()).isEqualTo(1);
    assertThat(results.find("dst_1").orElseThrow().transferId())
        .contains(stigg.transfers("dst_1").get(0));
    assertThat(stigg.requests().get(0).header("Idempotency-Key").orElse(null))
        .isEqualTo(stigg.requests().get(1).header("Idempotency-Key").orElse(null));
  }

  @Test
  void withAKeyADroppedTokenAnswerIsRetriedAndOneTokenIsMinted() {
    stigg.failNextAfterActing(1, Fault.dropConnection());
    ScopedToken token =
        stigg
            .client()
            .scopedTokens()
            .create(ScopedTokenRequest.builder().applicationOrigin("https://a.example").build());
    assertThat(stigg.scopedTokenCount()).isEqualTo(1);
    assertThat(stigg.isScopedTokenValid(token.token().reveal())).isTrue();
  }

  @Test
  void withoutAKeyASyncIsSentOnceAfterA500() {
    stigg.addDestination("int_1", "dst_1", "snowflake");
    stigg.failNext(1, Fault.status(500));
    ApiException.ServerError error =
        catchThrowableOfType(
            ApiException.ServerError.class,
            () ->
                stigg
                    .client()
                    .syncs()
                    .trigger(
                        TriggerSyncRequest.destination("dst_1"),
                        StiggRequestOptions.builder().noIdempotencyKey().build()));
    assertThat(error.attempts()).hasSize(1);
    assertThat(stigg.requestCount()).isEqualTo(1);
    assertThat(stigg.transferCount()).isZero();
  }

  @Test
  void aRepeatedKeyGetsTheFirstAnswerWithoutActingTwice() {
    stigg.addDestination("int_1", "dst_1", "snowflake");
    var once = StiggRequestOptions.builder().idempotencyKey("sync-dst_1-2026-06-04").build();
    SyncResults first =
        stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_1"), once);
    stigg.clock().advance(Duration.ofHours(1));
    SyncResults second =
        stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_1"), once);
    assertThat(second).isEqualTo(first);
    assertThat(stigg.transferCount()).isEqualTo(1);
    assertThatThrownBy(
            () -> stigg.client().syncs().trigger(TriggerSyncRequest.allDestinations(), once))
        .isInstanceOf(ApiException.BadRequest.class)
        .hasMessageContaining("already used for a different request");
    stigg.clock().advance(Duration.ofHours(23));
    stigg.client().syncs().trigger(TriggerSyncRequest.destination("dst_1"), once);
    assertThat(stigg.transferCount()).isEqualTo(2);
  }

  @Test
  void aRetriedDeleteAfterALostAnswerSucceedsWithTheList() {
    stigg.addDestination("int_1", "dst_1", "snowflake");
    stigg.failNextAfterActing(1, Fault.status(502));
    DestinationDeletion deletion = stigg.client().destinations().delete("dst_1");
    // The fake answers a second delete with the list, as Stigg documents it idempotent.
    assertThat(deletion.wasGoneOnRetry()).isFalse();
    assertThat(deletion.destinations().orElseThrow().destinations()).isEmpty();
    assertThat(stigg.requestCount()).isEqualTo(2);
  }

  @Test
  void waitsOfRetriesAdvanceTheFakesClock() {
    var before = stigg.clock().instant();
    stigg.failNext(1, Fault.rateLimited("Retry-After", "3"));
    stigg.client().models().list();
    assertThat(stigg.clock().instant()).isEqualTo(before.plusSeconds(3));
    assertThat(stigg.sleeper().waits()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void asyncAndJwtThroughTheFake() throws Exception {
    stigg.setModelCatalog(
        List.of(Map.of("id", "g", "displayName", "G", "models", List.of(Map.of("id", "only")))));
    try (StiggClient jwt = stigg.jwtClientBuilder().build()) {
      assertThat(jwt.models().listAsync().get(5, TimeUnit.SECONDS).modelIds())
          .containsExactly("only");
      jwt.destinations().createAsync(create("dst_j")).get(5, TimeUnit.SECONDS);
    }
    assertThat(stigg.lastRequest().header("X-ENVIRONMENT-ID").orElse(null))
        .isEqualTo(FakeStigg.DEFAULT_ENVIRONMENT_ID);
    assertThat(stigg.modelIds()).containsExactly("only");
  }

  @Test
  void aDroppedCreateWithoutAnyKeyIsStillRetriedSinceCreateIsIdempotent() {
    stigg.failNextAfterActing(1, Fault.dropConnection());
    DestinationList list = stigg.client().destinations().create(create("dst_1"));
    assertThat(list.destinations()).hasSize(1);
    assertThat(stigg.requestCount()).isEqualTo(2);
  }

  @Test
  void droppedTokenAnswerWithoutAKeyIsAConnectionError() {
    stigg.failNextAfterActing(1, Fault.dropConnection());
    assertThatThrownBy(
            () ->
                stigg
                    .client()
                    .scopedTokens()
                    .create(
                        ScopedTokenRequest.builder().applicationOrigin("https://a.example").build(),
                        StiggRequestOptions.builder().noIdempotencyKey().build()))
        .isInstanceOf(ApiConnectionException.class);
    assertThat(stigg.requestCount()).isEqualTo(1);
    assertThat(stigg.scopedTokenCount()).isEqualTo(1);
  }

  private SyncStatus status(StiggClient client) {
    return lastSync(client).status();
  }

  /** Stigg has no read endpoint: a repeated create changes nothing and shows the state. */
  private LastSyncStatus lastSync(StiggClient client) {
    String id = stigg.hasDestination("dst_1") ? "dst_1" : null;
    return client
        .destinations()
        .create(create(id))
        .find(id)
        .orElseThrow()
        .lastSyncStatus()
        .orElseThrow();
  }
}
