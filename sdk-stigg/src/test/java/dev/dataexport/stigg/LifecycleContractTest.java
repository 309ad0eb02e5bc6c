package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.API_KEY;
import static dev.dataexport.stigg.StiggServer.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.errors.ApiException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Stigg call on the wire, in both auth modes and all three forms (blocking, async, raw):
 * method, path, every header, the body as a JSON tree, and each documented error status.
 */
class LifecycleContractTest {
  private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl";

  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @ParameterizedTest
  @EnumSource(LifecycleCalls.class)
  void apiKeyModeSendsExactlyTheDocumentedRequest(LifecycleCalls call) {
    stigg.enqueue(200, call.okBody);
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThat(call.call(client)).isNotNull();
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getMethod()).isEqualTo(call.method);
    assertThat(recorded.getPath()).isEqualTo(call.path);
    assertThat(headerNames(recorded)).containsExactlyInAnyOrderElementsOf(call.apiKeyHeaders());
    assertThat(recorded.getHeader("X-API-KEY")).isEqualTo(API_KEY);
    assertThat(recorded.getHeader("Accept")).isEqualTo("application/json");
    assertThat(recorded.getHeader("User-Agent")).startsWith("dataexport-java/");
    if (call.body == null) {
      assertThat(recorded.getBodySize()).isZero();
    } else {
      assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json");
      assertThat(tree(recorded.getBody().readUtf8())).isEqualTo(tree(call.body));
    }
    if (call.keyByDefault) {
      assertThat(recorded.getHeader("Idempotency-Key"))
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
  }

  @ParameterizedTest
  @EnumSource(LifecycleCalls.class)
  void jwtModeSendsBearerEnvironmentAndAccountOnEveryCall(LifecycleCalls call) {
    stigg.enqueue(200, call.okBody);
    stigg.enqueue(200, call.okBody);
    try (StiggClient client =
        stigg.builder().jwt(JWT).environmentId("env_prod").accountId("acc_42").build()) {
      call.call(client);
      call.call(
          client,
          StiggRequestOptions.builder().environmentId("env_staging").accountId("acc_7").build());
    }
    RecordedRequest first = stigg.take();
    assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + JWT);
    assertThat(first.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(first.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_42");
    assertThat(first.getHeader("X-API-KEY")).isNull();
    assertThat(first.getPath()).isEqualTo(call.path);
    RecordedRequest second = stigg.take();
    assertThat(second.getHeaders().values("X-ENVIRONMENT-ID")).containsExactly("env_staging");
    assertThat(second.getHeaders().values("X-ACCOUNT-ID")).containsExactly("acc_7");
  }

  @ParameterizedTest
  @EnumSource(LifecycleCalls.class)
  void jwtHeadersAreRefusedInApiKeyModeBeforeAnyIo(LifecycleCalls call) {
    try (StiggClient client = stigg.apiKeyClient()) {
      RequestOptions options = StiggRequestOptions.builder().environmentId("env_x").build();
      assertThatThrownBy(() -> call.call(client, options))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-ENVIRONMENT-ID")
          .hasMessageContaining("JWT");
    }
    assertThat(stigg.server.getRequestCount()).isZero();
  }

  @ParameterizedTest
  @EnumSource(LifecycleCalls.class)
  void asyncAndRawFormsSendTheSameRequest(LifecycleCalls call) throws Exception {
    stigg.enqueue(200, call.okBody);
    stigg.enqueue(200, call.okBody, "X-Request-Id", "req_raw");
    stigg.enqueue(200, call.okBody, "X-Request-Id", "req_async");
    try (StiggClient client = stigg.apiKeyClient()) {
      Object value = call.callAsync(client);
      ApiResponse<?> raw = call.callRaw(client);
      ApiResponse<?> rawAsync =
          call.callRawAsync(client, StiggRequestOptions.builder().header("X-Trace", "t-1").build());
      assertThat(raw.value()).isEqualTo(value);
      assertThat(raw.status()).isEqualTo(200);
      assertThat(raw.requestId()).contains("req_raw");
      assertThat(raw.attempts()).hasSize(1);
      assertThat(rawAsync.requestId()).contains("req_async");
      assertThat(rawAsync.value()).isEqualTo(value);
    }
    for (int i = 0; i < 3; i++) {
      RecordedRequest recorded = stigg.take();
      assertThat(recorded.getMethod()).isEqualTo(call.method);
      assertThat(recorded.getPath()).isEqualTo(call.path);
      if (call.body != null) {
        assertThat(tree(recorded.getBody().readUtf8())).isEqualTo(tree(call.body));
      }
      if (i == 2) {
        assertThat(recorded.getHeader("X-Trace")).isEqualTo("t-1");
      }
    }
  }

  static Stream<Arguments> documentedErrors() {
    Stream.Builder<Arguments> cases = Stream.builder();
    Object[][] statuses = {
      {400, "BadUserInput", ApiException.BadRequest.class},
      {400, "DataExportIntegrationError", ApiException.BadRequest.class},
      {401, "Unauthenticated", ApiException.Authentication.class},
      {403, "AccessDeniedError", ApiException.PermissionDenied.class},
      {404, "IntegrationNotFound", ApiException.NotFound.class},
      {429, "RateLimitExceeded", ApiException.RateLimited.class},
    };
    for (LifecycleCalls call : LifecycleCalls.values()) {
      for (Object[] status : statuses) {
        cases.add(Arguments.of(call, status[0], status[1], status[2]));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("documentedErrors")
  void documentedErrorBecomesTypedExceptionWithItsCode(
      LifecycleCalls call, int status, String code, Class<?> type) {
    stigg.enqueue(
        status, "{\"message\":\"it failed\",\"code\":\"" + code + "\"}", "X-Request-Id", "r");
    ApiException error;
    try (StiggClient client = stigg.builder().apiKey(API_KEY).maxRetries(0).build()) {
      error = catchThrowableOfType(ApiException.class, () -> call.call(client));
    }
    assertThat(error).isInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(StiggErrorCode.from(error).orElseThrow().value()).isEqualTo(code);
    assertThat(StiggErrorCode.from(error).orElseThrow().isKnown()).isTrue();
    assertThat(error.errorMessage()).contains("it failed");
    assertThat(error.requestId()).contains("r");
    assertThat(error.getMessage())
        .startsWith(call.method + " " + call.path + " failed with HTTP " + status);
  }

  private static Set<String> headerNames(RecordedRequest request) {
    Set<String> names = new TreeSet<>();
    request.getHeaders().names().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    return names;
  }
}
