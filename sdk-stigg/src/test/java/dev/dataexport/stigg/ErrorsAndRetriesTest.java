package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.RetryPolicy;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented error status with its code, and the retries of the (safe to repeat) update. */
class ErrorsAndRetriesTest {
  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @ParameterizedTest
  @CsvSource({
    "400, BadUserInput, dev.dataexport.core.errors.ApiException$BadRequest",
    "400, DataExportIntegrationError, dev.dataexport.core.errors.ApiException$BadRequest",
    "401, Unauthenticated, dev.dataexport.core.errors.ApiException$Authentication",
    "403, IdentityForbidden, dev.dataexport.core.errors.ApiException$PermissionDenied",
    "403, AccessDeniedError, dev.dataexport.core.errors.ApiException$PermissionDenied",
    "403, NoFeatureEntitlementError, dev.dataexport.core.errors.ApiException$PermissionDenied",
    "404, IntegrationNotFound, dev.dataexport.core.errors.ApiException$NotFound",
    "404, EnvironmentMissing, dev.dataexport.core.errors.ApiException$NotFound",
    "429, RateLimitExceeded, dev.dataexport.core.errors.ApiException$RateLimited",
  })
  void documentedErrorBecomesTypedExceptionWithItsCode(int status, String code, Class<?> type) {
    stigg.enqueue(
        status, "{\"message\":\"it failed\",\"code\":\"" + code + "\"}", "X-Request-Id", "req_e");
    ApiException error;
    try (StiggClient client = stigg.builder().apiKey(StiggServer.API_KEY).maxRetries(0).build()) {
      error =
          catchThrowableOfType(
              ApiException.class, () -> client.destinations().updateSelection("dst_1", request()));
    }
    assertThat(error).isInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
    assertThat(error.errorCode()).contains(code);
    assertThat(error.errorMessage()).contains("it failed");
    assertThat(error.requestId()).contains("req_e");
    assertThat(error.attempts()).hasSize(1);
    StiggErrorCode stiggCode = StiggErrorCode.from(error).orElseThrow();
    assertThat(stiggCode.isKnown()).isTrue();
    assertThat(StiggErrorCode.documentedFor(status)).contains(stiggCode);
    assertThat(error.getMessage())
        .isEqualTo(
            "PATCH /api/v1/data-export/destinations/dst_1 failed with HTTP "
                + status
                + ": it failed (code "
                + code
                + ") [request id req_e] after 1 attempt");
  }

  @Test
  void constantsMatchTheParsedCodes() {
    assertThat(code(400, "BadUserInput")).isSameAs(StiggErrorCode.BAD_USER_INPUT);
    assertThat(code(400, "DataExportIntegrationError"))
        .isSameAs(StiggErrorCode.DATA_EXPORT_INTEGRATION_ERROR);
    assertThat(code(401, "Unauthenticated")).isSameAs(StiggErrorCode.UNAUTHENTICATED);
    assertThat(code(404, "IntegrationNotFound")).isSameAs(StiggErrorCode.INTEGRATION_NOT_FOUND);
  }

  private StiggErrorCode code(int status, String code) {
    stigg.enqueue(status, "{\"message\":\"m\",\"code\":\"" + code + "\"}");
    try (StiggClient client = stigg.builder().apiKey(StiggServer.API_KEY).maxRetries(0).build()) {
      ApiException error =
          catchThrowableOfType(
              ApiException.class, () -> client.destinations().updateSelection("dst_1", request()));
      return StiggErrorCode.from(error).orElseThrow();
    }
  }

  @Test
  void nullCodeIsFine() {
    stigg.enqueue(404, "{\"message\":\"DataExport not found\",\"code\":null}");
    try (StiggClient client = stigg.apiKeyClient()) {
      ApiException.NotFound error =
          catchThrowableOfType(
              ApiException.NotFound.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(error.errorCode()).isEmpty();
      assertThat(StiggErrorCode.from(error)).isEmpty();
      assertThat(error.errorMessage()).contains("DataExport not found");
    }
  }

  @Test
  void unknownCodeIsKept() {
    stigg.enqueue(400, "{\"message\":\"new\",\"code\":\"SelectionTooLargeError\"}");
    try (StiggClient client = stigg.apiKeyClient()) {
      ApiException.BadRequest error =
          catchThrowableOfType(
              ApiException.BadRequest.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      StiggErrorCode code = StiggErrorCode.from(error).orElseThrow();
      assertThat(code.value()).isEqualTo("SelectionTooLargeError");
      assertThat(code.isKnown()).isFalse();
    }
  }

  @Test
  void arrayMessageOfValidationErrorsIsJoined() {
    stigg.enqueue(
        400,
        "{\"message\":[\"integrationId must be shorter\",\"enabledModels should not be empty\"],"
            + "\"code\":\"BadUserInput\"}");
    try (StiggClient client = stigg.apiKeyClient()) {
      ApiException.BadRequest error =
          catchThrowableOfType(
              ApiException.BadRequest.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(error.errorMessage())
          .contains("integrationId must be shorter; enabledModels should not be empty");
    }
  }

  @Test
  void nonJsonErrorBodyStillGivesTheTypedException() {
    stigg.enqueue(502, "<html>Bad gateway</html>");
    try (StiggClient client = stigg.builder().apiKey(StiggServer.API_KEY).maxRetries(0).build()) {
      ApiException.ServerError error =
          catchThrowableOfType(
              ApiException.ServerError.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(error.status()).isEqualTo(502);
      assertThat(error.errorCode()).isEmpty();
      assertThat(error.body()).contains("Bad gateway");
    }
  }

  @Test
  void rateLimitIsRetriedHonouringRetryAfter() {
    stigg.enqueue(
        429, "{\"message\":\"slow down\",\"code\":\"RateLimitExceeded\"}", "Retry-After", "2");
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      var response = client.destinations().withRawResponse().updateSelection("dst_1", request());
      assertThat(response.attempts()).hasSize(2);
    }
    assertThat(stigg.sleeper.waits).containsExactly(Duration.ofSeconds(2));
    assertThat(stigg.server.getRequestCount()).isEqualTo(2);
    assertThat(stigg.take().getBody().readUtf8()).isEqualTo(stigg.take().getBody().readUtf8());
  }

  @Test
  void retryAfterMsIsPreferred() {
    stigg.enqueue(
        429,
        "{\"message\":\"slow down\",\"code\":\"RateLimitExceeded\"}",
        "Retry-After-Ms",
        "250",
        "Retry-After",
        "9");
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      client.destinations().updateSelection("dst_1", request());
    }
    assertThat(stigg.sleeper.waits).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void serviceUnavailableIsRetriedWithBackoff() {
    stigg.enqueue(503, "{\"message\":\"down\",\"code\":null}");
    stigg.enqueue(503, "{\"message\":\"down\",\"code\":null}");
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      var response = client.destinations().withRawResponse().updateSelection("dst_1", request());
      assertThat(response.attempts()).hasSize(3);
    }
    assertThat(stigg.sleeper.waits).hasSize(2);
    assertThat(stigg.sleeper.waits.get(0))
        .isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
    assertThat(stigg.sleeper.waits.get(1))
        .isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
  }

  @Test
  void updateIsSafeToRepeatSo500AndDroppedConnectionsAreRetried() {
    stigg.enqueue(500, "{\"message\":\"oops\",\"code\":null}");
    stigg.server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    stigg.enqueueOk();
    try (StiggClient client = stigg.builder().apiKey(StiggServer.API_KEY).maxRetries(2).build()) {
      var response = client.destinations().withRawResponse().updateSelection("dst_1", request());
      assertThat(response.attempts()).hasSize(3);
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retriesRunOutWithTheLastErrorAndEveryAttempt() {
    for (int i = 0; i < 3; i++) {
      stigg.enqueue(
          429, "{\"message\":\"slow down\",\"code\":\"RateLimitExceeded\"}", "Retry-After", "1");
    }
    try (StiggClient client = stigg.apiKeyClient()) {
      ApiException.RateLimited error =
          catchThrowableOfType(
              ApiException.RateLimited.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(error.attempts()).hasSize(3);
      assertThat(error.retryAfter()).contains(Duration.ofSeconds(1));
      assertThat(StiggErrorCode.from(error)).contains(StiggErrorCode.RATE_LIMIT_EXCEEDED);
    }
    assertThat(stigg.sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void clientErrorsAreNotRetried() {
    stigg.enqueue(401, "{\"message\":\"no\",\"code\":\"Unauthenticated\"}");
    try (StiggClient client = stigg.apiKeyClient()) {
      catchThrowableOfType(
          ApiException.Authentication.class,
          () -> client.destinations().updateSelection("dst_1", request()));
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
    assertThat(stigg.sleeper.waits).isEmpty();
  }

  @Test
  void perCallMaxRetriesOverridesThePolicy() {
    stigg.enqueue(503, "{\"message\":\"down\",\"code\":null}");
    stigg.enqueueOk();
    try (StiggClient client =
        stigg.builder().apiKey(StiggServer.API_KEY).retryPolicy(RetryPolicy.none()).build()) {
      client
          .destinations()
          .updateSelection("dst_1", request(), StiggRequestOptions.builder().maxRetries(1).build());
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void asyncFailureCompletesTheFutureWithTheTypedException() {
    stigg.enqueue(403, "{\"message\":\"nope\",\"code\":\"AccessDeniedError\"}");
    try (StiggClient client = stigg.apiKeyClient()) {
      ExecutionException failed =
          catchThrowableOfType(
              ExecutionException.class,
              () ->
                  client
                      .destinations()
                      .updateSelectionAsync("dst_1", request())
                      .get(5, TimeUnit.SECONDS));
      assertThat(failed.getCause()).isInstanceOf(ApiException.PermissionDenied.class);
      assertThat(StiggErrorCode.from((ApiException) failed.getCause()))
          .contains(StiggErrorCode.ACCESS_DENIED_ERROR);
    }
  }

  @Test
  void asyncRetriesToo() throws Exception {
    stigg.enqueue(429, "{\"message\":\"slow\",\"code\":\"RateLimitExceeded\"}", "Retry-After", "1");
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      var response =
          client
              .destinations()
              .withRawResponse()
              .updateSelectionAsync("dst_1", request())
              .get(5, TimeUnit.SECONDS);
      assertThat(response.attempts()).hasSize(2);
    }
    assertThat(stigg.sleeper.waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void connectionRefusedIsAConnectionError() throws Exception {
    String url = stigg.baseUrl();
    stigg.close();
    try (StiggClient client =
        StiggClient.builder()
            .baseUrl(url)
            .apiKey(StiggServer.API_KEY)
            .sleeper(stigg.sleeper)
            .build()) {
      ApiConnectionException error =
          catchThrowableOfType(
              ApiConnectionException.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(error.attempts()).hasSize(3);
    }
  }
}
