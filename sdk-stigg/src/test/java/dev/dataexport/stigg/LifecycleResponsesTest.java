package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.InvalidResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What each lifecycle call reads from Stigg's answers, and the bodies only some requests send. */
class LifecycleResponsesTest {
  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @Test
  void createWithoutModelsSendsNoEnabledModelsAndReturnsTheList() {
    stigg.enqueueOk();
    DestinationList list;
    try (StiggClient client = stigg.apiKeyClient()) {
      list =
          client
              .destinations()
              .create(
                  CreateDestinationRequest.builder()
                      .destinationId("dst_9f2a1c7b3e4d")
                      .destinationType(DestinationType.of("redshift"))
                      .build());
    }
    assertThat(tree(stigg.take().getBody().readUtf8()))
        .isEqualTo(
            tree("{\"destinationId\":\"dst_9f2a1c7b3e4d\",\"destinationType\":\"redshift\"}"));
    assertThat(list.find("dst_9f2a1c7b3e4d").orElseThrow().type())
        .isEqualTo(DestinationType.SNOWFLAKE);
  }

  @Test
  void deleteEncodesEachCharacterOfTheIdInOneSegment() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().delete("dst/a b%ü");
    }
    assertThat(stigg.take().getPath())
        .isEqualTo("/api/v1/data-export/destinations/dst%2Fa%20b%25%C3%BC");
  }

  @Test
  void deleteReturnsTheDestinationsLeft() {
    stigg.enqueue(200, "{\"data\":{\"destinations\":[]}}");
    DestinationDeletion deletion;
    try (StiggClient client = stigg.apiKeyClient()) {
      deletion = client.destinations().delete("dst_1");
    }
    assertThat(deletion.wasGoneOnRetry()).isFalse();
    assertThat(deletion.result().wasGoneOnRetry()).isFalse();
    assertThat(deletion.destinations().orElseThrow().destinations()).isEmpty();
    assertThat(deletion.toString()).startsWith("DestinationDeletion{deleted");
  }

  @Test
  void modelCatalogIsReadWithEveryModelIdAndUnknownsKept() {
    stigg.enqueue(
        200,
        "{\"data\":{\"groups\":[{\"id\":\"billing\",\"displayName\":\"Billing\",\"icon\":\"b\",\"models\":["
            + "{\"id\":\"customers\",\"displayName\":\"Customers\",\"rows\":12},null,"
            + "{\"id\":\"invoices\"}]},{\"id\":\"usage\",\"models\":null},"
            + "{\"id\":\"again\",\"models\":[{\"id\":\"customers\",\"displayName\":\"Customers\"}]}],"
            + "\"version\":\"7\"}}");
    ModelCatalog catalog;
    try (StiggClient client = stigg.apiKeyClient()) {
      catalog = client.models().list();
    }
    assertThat(catalog.modelIds()).containsExactly("customers", "invoices");
    assertThat(catalog.contains("invoices")).isTrue();
    assertThat(catalog.contains("refunds")).isFalse();
    assertThat(catalog.unknownModels(List.of("refunds", "customers", "x")))
        .containsExactly("refunds", "x");
    assertThat(catalog.unknownFields())
        .containsExactly(Map.entry("version", TextNode.valueOf("7")));
    ModelGroup billing = catalog.groups().get(0);
    assertThat(billing.id()).isEqualTo("billing");
    assertThat(billing.displayName()).contains("Billing");
    assertThat(billing.unknownFields()).containsExactly(Map.entry("icon", TextNode.valueOf("b")));
    assertThat(billing.models()).hasSize(2);
    assertThat(billing.models().get(0).displayName()).contains("Customers");
    assertThat(billing.models().get(0).unknownFields())
        .containsExactly(Map.entry("rows", IntNode.valueOf(12)));
    assertThat(billing.models().get(1).displayName()).isEmpty();
    assertThat(catalog.groups().get(1).displayName()).isEmpty();
    assertThat(catalog.groups().get(1).models()).isEmpty();
  }

  @Test
  void modelWithoutIdIsAnInvalidResponse() {
    stigg.enqueue(
        200, "{\"data\":{\"groups\":[{\"id\":\"g\",\"models\":[{\"displayName\":\"X\"}]}]}}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.models().list())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("id is required");
    }
  }

  @Test
  void catalogWithoutDataIsAnInvalidResponse() {
    stigg.enqueue(200, "{\"groups\":[]}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.models().list())
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("expected {\"data\": {\"groups\": [...]}}");
    }
  }

  @Test
  void syncOfEveryDestinationSendsAnEmptyObjectAndReadsEachResult() {
    stigg.enqueue(
        200,
        "{\"data\":{\"results\":[{\"destinationId\":\"dst_1\",\"triggered\":true,\"transferId\":\"t_1\"},"
            + "{\"destinationId\":\"dst_2\",\"triggered\":false,\"errorMessage\":\"already running\","
            + "\"transferId\":null,\"queue\":\"q\"}]}}");
    SyncResults results;
    try (StiggClient client = stigg.apiKeyClient()) {
      results = client.syncs().trigger(TriggerSyncRequest.allDestinations());
    }
    assertThat(tree(stigg.take().getBody().readUtf8())).isEqualTo(tree("{}"));
    SyncResult first = results.find("dst_1").orElseThrow();
    assertThat(first.triggered()).isTrue();
    assertThat(first.transferId()).contains("t_1");
    assertThat(first.errorMessage()).isEmpty();
    SyncResult second = results.find("dst_2").orElseThrow();
    assertThat(second.triggered()).isFalse();
    assertThat(second.errorMessage()).contains("already running");
    assertThat(second.transferId()).isEmpty();
    assertThat(second.unknownFields()).containsExactly(Map.entry("queue", TextNode.valueOf("q")));
    assertThat(results.find("dst_3")).isEmpty();
  }

  @Test
  void syncResultWithoutTriggeredIsAnInvalidResponse() {
    stigg.enqueue(
        200, "{\"data\":{\"results\":[{\"destinationId\":\"dst_1\",\"triggered\":null}]}}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.syncs().trigger(TriggerSyncRequest.destination("dst_1")))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("triggered is required");
    }
  }

  @Test
  void scopedTokenSendsOnlyWhatIsSetAndReadsTheTokenAsASecret() {
    stigg.enqueue(200, LifecycleCalls.TOKEN_200);
    ScopedToken token;
    try (StiggClient client = stigg.apiKeyClient()) {
      token =
          client
              .scopedTokens()
              .create(
                  ScopedTokenRequest.builder()
                      .applicationOrigin("https://app.example.com")
                      .destinationType(DestinationType.BIGQUERY)
                      .addEnabledModels("customers", "invoices")
                      .build());
    }
    assertThat(tree(stigg.take().getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"applicationOrigin\":\"https://app.example.com\",\"destinationType\":\"bigquery\","
                    + "\"enabledModels\":[\"customers\",\"invoices\"]}"));
    assertThat(token.token()).isEqualTo(Secret.of(LifecycleCalls.TOKEN_CANARY));
    assertThat(token.token().reveal()).isEqualTo(LifecycleCalls.TOKEN_CANARY);
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-06-04T13:00:00Z"));
    assertThat(token.isExpiredAt(Instant.parse("2026-06-04T12:59:59Z"))).isFalse();
    assertThat(token.isExpiredAt(Instant.parse("2026-06-04T13:00:00Z"))).isTrue();
    assertThat(token.providerMetadata())
        .containsExactly(
            Map.entry("recipientId", TextNode.valueOf("rcp_1")),
            Map.entry("region", TextNode.valueOf("us")));
    assertThat(token.toString()).doesNotContain(LifecycleCalls.TOKEN_CANARY).contains("****");
  }

  @Test
  void tokenWithoutExpiryIsAnInvalidResponse() {
    stigg.enqueue(200, "{\"data\":{\"token\":\"CANARY-secret-123\"}}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.scopedTokens().create(LifecycleCalls.token()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("expiresAt is required")
          .satisfies(e -> assertThat(e.toString()).doesNotContain("CANARY-secret-123"));
    }
  }

  @Test
  void rawCreateCarriesTheRequestId() {
    stigg.enqueue(200, StiggServer.DOCUMENTED_200, "X-Request-Id", "req_c");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThat(
              client.destinations().withRawResponse().create(LifecycleCalls.create()).requestId())
          .contains("req_c");
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void aSelectionInTheCatalogPassesTheCheckAndIsSent() {
    stigg.enqueue(200, LifecycleCalls.CATALOG_200);
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      ModelCatalog catalog = client.models().list();
      client
          .destinations()
          .updateSelection(
              "dst_1",
              UpdateSelectionRequest.builder()
                  .integrationId("int_1")
                  .addAllEnabledModels(catalog.modelIds())
                  .build(),
              StiggRequestOptions.builder().checkModelsAgainst(catalog).build());
    }
    stigg.take();
    assertThat(tree(stigg.take().getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\",\"usage_events\"]}"));
  }

  @Test
  void aRetriedDeleteThatMeets404AfterA500IsDoneAndSaysSo() {
    stigg.enqueue(500, "{\"message\":\"boom\",\"code\":null}");
    stigg.enqueue(404, "{\"message\":\"DataExport not found\",\"code\":null}");
    DestinationDeletion deletion;
    try (StiggClient client = stigg.builder().apiKey(StiggServer.API_KEY).maxRetries(2).build()) {
      deletion = client.destinations().delete("dst_1");
    }
    assertThat(deletion.wasGoneOnRetry()).isTrue();
    assertThat(deletion.result().wasGoneOnRetry()).isTrue();
    assertThat(deletion.destinations()).isEmpty();
    assertThat(deletion.toString()).contains("already gone on retry");
    assertThat(stigg.server.getRequestCount()).isEqualTo(2);
  }
}
