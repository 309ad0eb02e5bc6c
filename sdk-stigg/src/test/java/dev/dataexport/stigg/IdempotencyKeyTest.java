package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code Idempotency-Key} header: generated once per sync or token call and reused by its
 * retries, settable and removable per call, and what it changes about retries.
 */
class IdempotencyKeyTest {
  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = LifecycleCalls.class,
      names = {"TRIGGER_SYNC", "SCOPED_TOKEN"})
  void generatedKeyIsTheSameAcrossRetriesOfOneCallAndNewForTheNext(LifecycleCalls call) {
    stigg.enqueue(500, "{\"message\":\"boom\",\"code\":null}");
    stigg.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    stigg.enqueue(200, call.okBody);
    stigg.enqueue(200, call.okBody);
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(2).build()) {
      call.call(client);
      call.call(client);
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      keys.add(stigg.take().getHeader("Idempotency-Key"));
    }
    assertThat(keys.get(0)).isNotBlank();
    assertThat(keys.subList(0, 3)).containsOnly(keys.get(0));
    assertThat(keys.get(3)).isNotBlank().isNotEqualTo(keys.get(0));
    assertThat(stigg.sleeper.waits).hasSize(2);
  }

  @Test
  void syncWithoutAKeyIsSentOnceAfterA500() {
    stigg.enqueue(500, "{\"message\":\"boom\",\"code\":null}");
    stigg.enqueue(200, LifecycleCalls.SYNC_200);
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(2).build()) {
      ApiException.ServerError error =
          catchThrowableOfType(
              ApiException.ServerError.class,
              () ->
                  client
                      .syncs()
                      .trigger(
                          TriggerSyncRequest.destination("dst_1"),
                          StiggRequestOptions.builder().noIdempotencyKey().build()));
      assertThat(error.attempts()).hasSize(1);
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
    assertThat(stigg.take().getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void tokenWithoutAKeyIsNotRetriedAfterADroppedConnection() {
    stigg.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    stigg.enqueue(200, LifecycleCalls.TOKEN_200);
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(2).build()) {
      assertThatThrownBy(
              () ->
                  client
                      .scopedTokens()
                      .create(
                          LifecycleCalls.token(),
                          StiggRequestOptions.builder().noIdempotencyKey().build()))
          .isInstanceOf(ApiConnectionException.class);
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withoutAKeyA429IsStillRetriedSinceStiggRefusedIt() {
    stigg.enqueue(
        429, "{\"message\":\"slow down\",\"code\":\"RateLimitExceeded\"}", "Retry-After", "1");
    stigg.enqueue(200, LifecycleCalls.SYNC_200);
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(2).build()) {
      client
          .syncs()
          .trigger(
              TriggerSyncRequest.destination("dst_1"),
              StiggRequestOptions.builder().noIdempotencyKey().build());
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(LifecycleCalls.class)
  void chosenKeyIsSentOnEveryWriteAndReusedByItsRetries(LifecycleCalls call) {
    stigg.enqueue(503, "{\"message\":\"busy\",\"code\":null}");
    stigg.enqueue(200, call.okBody);
    RequestOptions options =
        StiggRequestOptions.builder().idempotencyKey("op-2026-06-04-customer-42").build();
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(1).build()) {
      call.call(client, options);
    }
    assertThat(stigg.take().getHeaders().values("Idempotency-Key"))
        .containsExactly("op-2026-06-04-customer-42");
    assertThat(stigg.take().getHeaders().values("Idempotency-Key"))
        .containsExactly("op-2026-06-04-customer-42");
  }

  @ParameterizedTest
  @EnumSource(
      value = LifecycleCalls.class,
      names = {"CREATE", "UPDATE", "DELETE", "LIST_MODELS"})
  void idempotentCallsSendNoKeyByDefault(LifecycleCalls call) {
    stigg.enqueue(200, call.okBody);
    try (StiggClient client = stigg.apiKeyClient()) {
      call.call(client);
    }
    assertThat(stigg.take().getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void aKeyGivenAsAPlainHeaderCountsAsTheKey() {
    stigg.enqueue(500, "{\"message\":\"boom\",\"code\":null}");
    stigg.enqueue(200, LifecycleCalls.SYNC_200);
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(1).build()) {
      client
          .syncs()
          .trigger(
              TriggerSyncRequest.destination("dst_1"),
              RequestOptions.builder().header("idempotency-key", "mine-1").build());
    }
    assertThat(stigg.take().getHeaders().values("Idempotency-Key")).containsExactly("mine-1");
    assertThat(stigg.take().getHeaders().values("Idempotency-Key")).containsExactly("mine-1");
  }

  @Test
  void lastChoiceWinsAndTheOptionsShowOnlyTheSettingNames() {
    RequestOptions off =
        StiggRequestOptions.builder().idempotencyKey("k-1").noIdempotencyKey().build();
    RequestOptions on =
        StiggRequestOptions.builder().noIdempotencyKey().idempotencyKey("k-2").build();
    stigg.enqueue(200, LifecycleCalls.SYNC_200);
    stigg.enqueue(200, LifecycleCalls.SYNC_200);
    try (StiggClient client = stigg.apiKeyClient()) {
      client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), off);
      client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), on);
    }
    assertThat(stigg.take().getHeader("Idempotency-Key")).isNull();
    assertThat(stigg.take().getHeader("Idempotency-Key")).isEqualTo("k-2");
    assertThat(on.toString()).contains("idempotencyKey").doesNotContain("k-2");
  }

  @Test
  void aBuilderBuiltAgainAfterAChangeSendsTheNewChoice() {
    StiggRequestOptions.Builder builder = StiggRequestOptions.builder().noIdempotencyKey();
    RequestOptions off = builder.build();
    RequestOptions keyed = builder.idempotencyKey("k-3").build();
    RequestOptions offAgain = builder.noIdempotencyKey().build();
    for (int i = 0; i < 3; i++) {
      stigg.enqueue(200, LifecycleCalls.SYNC_200);
    }
    try (StiggClient client = stigg.apiKeyClient()) {
      client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), off);
      client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), keyed);
      client.syncs().trigger(TriggerSyncRequest.destination("dst_1"), offAgain);
    }
    assertThat(stigg.take().getHeader("Idempotency-Key")).isNull();
    assertThat(stigg.take().getHeader("Idempotency-Key")).isEqualTo("k-3");
    assertThat(stigg.take().getHeader("Idempotency-Key")).isNull();
  }

  @Test
  void badKeysAreRefusedBeforeAnyIo() {
    assertThatThrownBy(() -> StiggRequestOptions.builder().idempotencyKey(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotencyKey must not be blank");
    assertThatThrownBy(() -> StiggRequestOptions.builder().idempotencyKey("k".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("idempotencyKey must be 1..255 characters long, was 256");
    assertThatThrownBy(() -> StiggRequestOptions.builder().idempotencyKey("a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("idempotencyKey must contain only printable ASCII characters");
    assertThatThrownBy(() -> StiggRequestOptions.builder().idempotencyKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("idempotencyKey must not be null");
    assertThat(stigg.server.getRequestCount()).isZero();
  }
}
