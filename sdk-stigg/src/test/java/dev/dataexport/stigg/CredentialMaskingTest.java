package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Neither the API key nor the JWT appears in toString(), logs or exceptions (checked with canary
 * values).
 */
class CredentialMaskingTest {
  private static final String KEY_CANARY = "sk_canary_7f3e9a1b";
  private static final String JWT_CANARY = "eyJcanary.jwt-payload-5d2c.signature";

  private final StiggServer stigg = new StiggServer();
  private final Logger logger = Logger.getLogger("dev.dataexport.http");
  private final List<String> lines = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (lines) {
            lines.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level previousLevel;

  @BeforeEach
  void captureLogs() {
    previousLevel = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void stop() throws Exception {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    stigg.close();
  }

  @Test
  void apiKeyNeverShows() {
    stigg.enqueueOk();
    // An error body that echoes the key back must be scrubbed too.
    stigg.enqueue(401, "{\"message\":\"bad key " + KEY_CANARY + "\",\"code\":\"Unauthenticated\"}");
    try (StiggClient client = stigg.builder().apiKey(KEY_CANARY).logLevel(LogLevel.DEBUG).build()) {
      client.destinations().updateSelection("dst_1", request());
      ApiException.Authentication error =
          catchThrowableOfType(
              ApiException.Authentication.class,
              () -> client.destinations().updateSelection("dst_1", request()));
      assertThat(client.toString()).contains("X-API-KEY: ****").doesNotContain(KEY_CANARY);
      assertThat(client.options().toString()).doesNotContain(KEY_CANARY);
      assertThat(error.getMessage()).contains("bad key ****").doesNotContain(KEY_CANARY);
      assertThat(error.errorMessage().orElseThrow()).doesNotContain(KEY_CANARY);
      assertThat(error.body()).doesNotContain(KEY_CANARY);
    }
    assertThat(stigg.take().getHeader("X-API-KEY")).isEqualTo(KEY_CANARY);
    assertThat(lines).isNotEmpty();
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("X-API-KEY: ****"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"integrationId\":\"int_1\""));
    assertThat(String.join("\n", lines)).doesNotContain(KEY_CANARY);
  }

  @Test
  void jwtNeverShows() {
    stigg.enqueueOk();
    try (StiggClient client =
        stigg
            .builder()
            .jwt(JWT_CANARY)
            .environmentId("env_prod")
            .accountId("acc_1")
            .logLevel(LogLevel.DEBUG)
            .build()) {
      client.destinations().updateSelection("dst_1", request());
      assertThat(client.toString())
          .contains("Authorization: Bearer ****")
          .contains("environmentId=env_prod")
          .doesNotContain(JWT_CANARY);
    }
    assertThat(stigg.take().getHeader("Authorization")).isEqualTo("Bearer " + JWT_CANARY);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("X-ENVIRONMENT-ID: env_prod"));
    assertThat(String.join("\n", lines)).doesNotContain(JWT_CANARY).doesNotContain("jwt-payload");
  }

  @Test
  void requestAndResponseModelsPrintWithoutCredentials() {
    assertThat(request().toString())
        .isEqualTo(
            "UpdateSelectionRequest{integrationId=int_1, enabledModels=[customers, invoices]}");
  }

  @Test
  void scopedTokenNeverShowsInLogsOrInTheErrorOfABrokenAnswer() {
    String canary = LifecycleCalls.TOKEN_CANARY;
    stigg.enqueue(200, LifecycleCalls.TOKEN_200);
    stigg.enqueue(200, "{\"data\":{\"token\":\"" + canary + "\",\"expiresAt\":\"soon\"}}");
    try (StiggClient client = stigg.builder().apiKey(KEY_CANARY).logLevel(LogLevel.DEBUG).build()) {
      ScopedToken token = client.scopedTokens().create(LifecycleCalls.token());
      assertThat(token.toString()).doesNotContain(canary);
      assertThatThrownBy(() -> client.scopedTokens().create(LifecycleCalls.token()))
          .isInstanceOf(InvalidResponseException.class)
          .satisfies(e -> assertThat(e.toString()).doesNotContain(canary));
    }
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("expiresAt"));
    assertThat(String.join("\n", lines)).doesNotContain(canary);
  }
}
