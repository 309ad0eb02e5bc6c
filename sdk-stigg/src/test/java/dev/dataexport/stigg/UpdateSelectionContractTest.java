package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.API_KEY;
import static dev.dataexport.stigg.StiggServer.request;
import static dev.dataexport.stigg.StiggServer.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.InvalidResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The selection update on the wire: method, path, every header, the body, and the response model.
 */
class UpdateSelectionContractTest {
  private static final String USER_AGENT_PREFIX = "dataexport-java/";
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl";

  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @Test
  void apiKeyModeSendsExactlyTheDocumentedRequest() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getMethod()).isEqualTo("PATCH");
    assertThat(recorded.getPath()).isEqualTo("/api/v1/data-export/destinations/dst_9f2a1c7b3e4d");
    assertThat(headerNames(recorded))
        .containsExactlyInAnyOrder(
            "accept",
            "accept-encoding",
            "connection",
            "content-length",
            "content-type",
            "host",
            "user-agent",
            "x-api-key");
    assertThat(recorded.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(recorded.getHeader("Accept")).isEqualTo("application/json");
    assertThat(recorded.getHeader("User-Agent")).startsWith(USER_AGENT_PREFIX);
    assertThat(recorded.getHeader("X-ENVIRONMENT-ID")).isNull();
    assertThat(recorded.getHeader("X-ACCOUNT-ID")).isNull();
    assertThat(recorded.getHeader("Authorization")).isNull();
    assertThat(tree(recorded.getBody().readUtf8()))
        .isEqualTo(
            tree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}"));
  }

  @Test
  void jwtModeSendsBearerAndEnvironmentAndAccount() {
    stigg.enqueueOk();
    try (StiggClient client =
        stigg.builder().jwt(JWT).environmentId("env_prod").accountId("acc_42").build()) {
      client.destinations().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    RecordedRequest recorded = stigg.take();
    assertThat(headerNames(recorded))
        .containsExactlyInAnyOrder(
            "accept",
            "accept-encoding",
            "authorization",
            "connection",
            "content-length",
            "content-type",
            "host",
            "user-agent",
            "x-account-id",
            "x-environment-id");
    assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer " + JWT);
    assertThat(recorded.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(recorded.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_42");
    assertThat(recorded.getHeader("X-API-KEY")).isNull();
    assertThat(tree(recorded.getBody().readUtf8()))
        .isEqualTo(
            tree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}"));
  }

  @Test
  void jwtModeWithoutAccountSendsNoAccountHeader() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.builder().jwt(JWT).environmentId("env_prod").build()) {
      client.destinations().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(headerNames(recorded)).doesNotContain("x-account-id", "x-api-key");
  }

  @Test
  void perCallOptionsOverrideEnvironmentAndAccountInJwtMode() {
    stigg.enqueueOk();
    stigg.enqueueOk();
    try (StiggClient client =
        stigg.builder().jwt(JWT).environmentId("env_prod").accountId("acc_42").build()) {
      client
          .destinations()
          .updateSelection(
              "dst_9f2a1c7b3e4d",
              request(),
              StiggRequestOptions.builder()
                  .environmentId("env_staging")
                  .accountId("acc_7")
                  .build());
      client.destinations().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    RecordedRequest overridden = stigg.take();
    assertThat(overridden.getHeaders().values("X-ENVIRONMENT-ID")).containsExactly("env_staging");
    assertThat(overridden.getHeaders().values("X-ACCOUNT-ID")).containsExactly("acc_7");
    RecordedRequest next = stigg.take();
    assertThat(next.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(next.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_42");
  }

  @Test
  void perCallAccountIsAddedWhenTheClientHasNone() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.builder().jwt(JWT).environmentId("env_prod").build()) {
      client
          .destinations()
          .updateSelection(
              "dst_1", request(), StiggRequestOptions.builder().accountId("acc_7").build());
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_7");
    assertThat(recorded.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
  }

  @Test
  void perCallEnvironmentIsRejectedInApiKeyModeBeforeAnyIo() {
    try (StiggClient client = stigg.apiKeyClient()) {
      RequestOptions options = StiggRequestOptions.builder().environmentId("env_staging").build();
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request(), options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-ENVIRONMENT-ID")
          .hasMessageContaining("JWT");
      RequestOptions lowerCase = RequestOptions.builder().header("x-account-id", "acc").build();
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request(), lowerCase))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-ACCOUNT-ID");
    }
    assertThat(stigg.server.getRequestCount()).isZero();
  }

  @Test
  void perCallExtraHeaderAndTimeoutAreSent() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      client
          .destinations()
          .updateSelection(
              "dst_1",
              request(),
              StiggRequestOptions.builder()
                  .header("X-Trace", "t-1")
                  .callTimeout(java.time.Duration.ofSeconds(3))
                  .build());
    }
    assertThat(stigg.take().getHeader("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void perCallHeaderCannotReplaceTheApiKey() {
    try (StiggClient client = stigg.apiKeyClient()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  client
                      .destinations()
                      .updateSelection(
                          "dst_1",
                          request(),
                          RequestOptions.builder().header("X-API-KEY", "other").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("X-API-KEY cannot be set as a per-call header");
    }
    assertThat(stigg.server.getRequestCount()).isZero();
  }

  @Test
  void destinationIdIsPercentEncodedAsOneSegment() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().updateSelection("dst/a b?c#d%", request());
    }
    assertThat(stigg.take().getPath())
        .isEqualTo("/api/v1/data-export/destinations/dst%2Fa%20b%3Fc%23d%25");
  }

  @Test
  void destinationIdOf255CharactersIsSent() {
    stigg.enqueueOk();
    String longest = "d".repeat(255);
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().updateSelection(longest, request());
    }
    assertThat(stigg.take().getPath()).isEqualTo("/api/v1/data-export/destinations/" + longest);
  }

  @Test
  void cancellingTheAsyncFutureCancelsTheCall() throws Exception {
    stigg.server.enqueue(
        new okhttp3.mockwebserver.MockResponse()
            .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.NO_RESPONSE));
    try (StiggClient client = stigg.apiKeyClient()) {
      CompletableFuture<DestinationList> future =
          client.destinations().updateSelectionAsync("dst_1", request());
      stigg.take();
      assertThat(future.cancel(true)).isTrue();
      assertThat(future).isCancelled();
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void baseUrlWithPathPrefixIsKept() {
    stigg.enqueueOk();
    try (StiggClient client =
        StiggClient.builder().baseUrl(stigg.baseUrl() + "proxy/stigg").apiKey(API_KEY).build()) {
      client.destinations().updateSelection("dst_1", request());
    }
    assertThat(stigg.take().getPath())
        .isEqualTo("/proxy/stigg/api/v1/data-export/destinations/dst_1");
  }

  @Test
  void bodyKeepsModelOrderAndNonAsciiModelsAndNothingElse() {
    stigg.enqueueOk();
    UpdateSelectionRequest request =
        UpdateSelectionRequest.builder()
            .integrationId("int_ü")
            .addEnabledModels("z_last")
            .addEnabledModels("a_first", "модель")
            .build();
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().updateSelection("dst_1", request);
    }
    RecordedRequest recorded = stigg.take();
    assertThat(tree(recorded.getBody().readUtf8()))
        .isEqualTo(
            tree(
                "{\"integrationId\":\"int_ü\",\"enabledModels\":[\"z_last\",\"a_first\",\"модель\"]}"));
  }

  @Test
  void documentedExampleIsParsedFieldByField() {
    stigg.enqueueOk();
    DestinationList list;
    try (StiggClient client = stigg.apiKeyClient()) {
      list = client.destinations().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    assertThat(list.destinations()).hasSize(1);
    assertThat(list.unknownFields()).isEmpty();
    Destination destination = list.destinations().get(0);
    assertThat(destination.type()).isEqualTo(DestinationType.SNOWFLAKE);
    assertThat(destination.type().isKnown()).isTrue();
    assertThat(destination.connectedAt()).isEqualTo(Instant.parse("2026-06-04T12:00:00Z"));
    assertThat(destination.destinationId()).isEqualTo("dst_9f2a1c7b3e4d");
    assertThat(destination.connectionStatus()).contains(ConnectionStatus.CONNECTED);
    assertThat(destination.enabledModels()).contains(List.of());
    assertThat(destination.selectsFullCatalog()).isFalse();
    assertThat(destination.unknownFields()).isEmpty();
    LastSyncStatus sync = destination.lastSyncStatus().orElseThrow();
    assertThat(sync.transferId()).isEqualTo("transfer_4b8e2d1a");
    assertThat(sync.status()).isEqualTo(SyncStatus.SUCCEEDED);
    assertThat(sync.finishedAt()).contains(Instant.parse("2026-06-04T12:30:00Z"));
    assertThat(sync.rowsTransferred()).hasValue(1284);
    assertThat(sync.blamedParty()).isEmpty();
    assertThat(sync.failureMessage()).isEmpty();
    assertThat(list.find("dst_9f2a1c7b3e4d")).contains(destination);
    assertThat(list.find("dst_other")).isEmpty();
  }

  @Test
  void unknownFieldsAndEnumValuesAreKeptAndMissingOptionalsAreEmpty() {
    stigg.enqueue(
        200,
        "{\"meta\":{\"x\":1},\"data\":{\"destinations\":["
            + "{\"type\":\"clickhouse\",\"connectedAt\":\"2026-06-04T12:00:00+02:00\",\"destinationId\":\"dst_a\","
            + "\"connectionStatus\":\"degraded\",\"region\":\"eu\",\"lastSyncStatus\":{\"transferId\":\"t_1\","
            + "\"status\":\"THROTTLED\",\"blamedParty\":\"customer\",\"failureMessage\":\"disk full\",\"retries\":3}},"
            + "{\"type\":\"bigquery\",\"connectedAt\":\"2026-06-05T00:00:00Z\",\"destinationId\":\"dst_b\","
            + "\"connectionStatus\":null,\"lastSyncStatus\":null,\"enabledModels\":[\"customers\"]}],"
            + "\"nextCursor\":\"c_2\"}}");
    DestinationList list;
    try (StiggClient client = stigg.apiKeyClient()) {
      list = client.destinations().updateSelection("dst_a", request());
    }
    assertThat(list.unknownFields())
        .containsExactly(Map.entry("nextCursor", TextNode.valueOf("c_2")));
    Destination a = list.find("dst_a").orElseThrow();
    assertThat(a.type().value()).isEqualTo("clickhouse");
    assertThat(a.type().isKnown()).isFalse();
    assertThat(a.connectedAt()).isEqualTo(Instant.parse("2026-06-04T10:00:00Z"));
    assertThat(a.connectionStatus().orElseThrow().value()).isEqualTo("degraded");
    assertThat(a.connectionStatus().orElseThrow().isKnown()).isFalse();
    assertThat(a.enabledModels()).isEmpty();
    assertThat(a.selectsFullCatalog()).isTrue();
    assertThat(a.unknownFields()).containsExactly(Map.entry("region", TextNode.valueOf("eu")));
    LastSyncStatus sync = a.lastSyncStatus().orElseThrow();
    assertThat(sync.status().value()).isEqualTo("THROTTLED");
    assertThat(sync.status().isKnown()).isFalse();
    assertThat(sync.finishedAt()).isEmpty();
    assertThat(sync.rowsTransferred()).isEmpty();
    assertThat(sync.blamedParty()).contains("customer");
    assertThat(sync.failureMessage()).contains("disk full");
    assertThat(sync.unknownFields()).containsExactly(Map.entry("retries", IntNode.valueOf(3)));
    Destination b = list.find("dst_b").orElseThrow();
    assertThat(b.type()).isEqualTo(DestinationType.BIGQUERY);
    assertThat(b.connectionStatus()).isEmpty();
    assertThat(b.lastSyncStatus()).isEmpty();
    assertThat(b.enabledModels()).contains(List.of("customers"));
  }

  @Test
  void responseWithoutDataIsAnInvalidResponse() {
    stigg.enqueue(200, "{\"destinations\":[]}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("\"data\"");
    }
  }

  @Test
  void destinationMissingARequiredFieldIsAnInvalidResponseNotARawJacksonError() {
    stigg.enqueue(
        200, "{\"data\":{\"destinations\":[{\"type\":\"snowflake\",\"destinationId\":\"d\"}]}}");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(InvalidResponseException.class)
          .hasMessageContaining("connectedAt");
    }
  }

  @Test
  void nonJsonSuccessBodyIsAnInvalidResponse() {
    stigg.enqueue(200, "<html>gateway</html>");
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(InvalidResponseException.class);
    }
  }

  @Test
  void rawResponseCarriesStatusHeadersRequestIdAndAttempts() {
    stigg.enqueue(200, StiggServer.DOCUMENTED_200, "X-Request-Id", "req_123");
    ApiResponse<DestinationList> response;
    try (StiggClient client = stigg.apiKeyClient()) {
      response =
          client.destinations().withRawResponse().updateSelection("dst_9f2a1c7b3e4d", request());
    }
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.requestId()).contains("req_123");
    assertThat(response.attempts()).hasSize(1);
    assertThat(response.headers().first("content-type")).contains("application/json");
    assertThat(response.value().find("dst_9f2a1c7b3e4d")).isPresent();
    assertThat(stigg.take().getMethod()).isEqualTo("PATCH");
  }

  @Test
  void asyncFormsSendTheSameRequest() throws Exception {
    stigg.enqueueOk();
    stigg.enqueue(200, StiggServer.DOCUMENTED_200, "X-Request-Id", "req_9");
    try (StiggClient client = stigg.builder().jwt(JWT).environmentId("env_prod").build()) {
      CompletableFuture<DestinationList> value =
          client.destinations().updateSelectionAsync("dst_1", request());
      assertThat(value.get(5, TimeUnit.SECONDS).find("dst_9f2a1c7b3e4d")).isPresent();
      ApiResponse<DestinationList> raw =
          client
              .destinations()
              .withRawResponse()
              .updateSelectionAsync(
                  "dst_2", request(), StiggRequestOptions.builder().environmentId("env_b").build())
              .get(5, TimeUnit.SECONDS);
      assertThat(raw.requestId()).contains("req_9");
    }
    RecordedRequest first = stigg.take();
    assertThat(first.getPath()).isEqualTo("/api/v1/data-export/destinations/dst_1");
    assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + JWT);
    assertThat(first.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(tree(first.getBody().readUtf8()))
        .isEqualTo(
            tree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}"));
    RecordedRequest second = stigg.take();
    assertThat(second.getPath()).isEqualTo("/api/v1/data-export/destinations/dst_2");
    assertThat(second.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_b");
  }

  @Test
  void asyncValidationFailsBeforeAnyIo() {
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.destinations().updateSelectionAsync("", request()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("destinationId");
    }
    assertThat(stigg.server.getRequestCount()).isZero();
  }

  @Test
  void closedClientRefusesCalls() {
    StiggClient client = stigg.apiKeyClient();
    client.close();
    assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stigg.server.getRequestCount()).isZero();
  }

  private static Set<String> headerNames(RecordedRequest request) {
    Set<String> names = new TreeSet<>();
    request
        .getHeaders()
        .names()
        .forEach(name -> names.add(name.toLowerCase(java.util.Locale.ROOT)));
    return names;
  }
}
