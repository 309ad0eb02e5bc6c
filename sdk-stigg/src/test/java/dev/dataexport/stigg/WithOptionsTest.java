package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dataexport.core.errors.ApiException;
import java.time.Duration;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link StiggClient#withOptions}: changed options, the same pool, the same auth mode. */
class WithOptionsTest {
  private final StiggServer stigg = new StiggServer();

  @AfterEach
  void stop() throws Exception {
    stigg.close();
  }

  @Test
  void derivedClientSharesTheConnectionPool() {
    stigg.enqueueOk();
    stigg.enqueueOk();
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient();
        StiggClient derived = client.withOptions(o -> o.readTimeout(Duration.ofSeconds(7)));
        StiggClient separate = stigg.apiKeyClient()) {
      client.destinations().updateSelection("dst_1", request());
      derived.destinations().updateSelection("dst_1", request());
      separate.destinations().updateSelection("dst_1", request());
    }
    assertThat(stigg.take().getSequenceNumber()).isZero();
    assertThat(stigg.take().getSequenceNumber())
        .as("the derived client's call reuses the original's connection")
        .isEqualTo(1);
    assertThat(stigg.take().getSequenceNumber())
        .as("a client built on its own opens its own connection")
        .isZero();
  }

  @Test
  void changedOptionsAreTheDerivedClientsOnly() {
    try (StiggClient client = stigg.apiKeyClient();
        StiggClient derived =
            client.withOptions(o -> o.readTimeout(Duration.ofSeconds(7)).maxRetries(0))) {
      assertThat(derived.options().readTimeout()).isEqualTo(Duration.ofSeconds(7));
      assertThat(derived.options().retryPolicy().maxRetries()).isZero();
      assertThat(derived.options().credentials().headerName()).isEqualTo("X-API-KEY");
      assertThat(client.options().readTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(2);

      stigg.enqueue(503, "{\"message\":\"down\",\"code\":null}");
      ApiException.ServerError error =
          catchThrowableOfType(
              ApiException.ServerError.class,
              () -> derived.destinations().updateSelection("dst_1", request()));
      assertThat(error.attempts()).hasSize(1);

      stigg.enqueue(503, "{\"message\":\"down\",\"code\":null}");
      stigg.enqueueOk();
      assertThat(
              client
                  .destinations()
                  .withRawResponse()
                  .updateSelection("dst_1", request())
                  .attempts())
          .hasSize(2);
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void derivedClientKeepsTheJwtMode() {
    stigg.enqueueOk();
    try (StiggClient client =
            stigg.builder().jwt("j.w.t-0001").environmentId("env_prod").accountId("acc_1").build();
        StiggClient derived = client.withOptions(o -> o.defaultHeader("X-Trace", "t-1"))) {
      derived.destinations().updateSelection("dst_1", request());
      assertThat(derived.toString()).contains("environmentId=env_prod").doesNotContain("j.w.t");
    }
    RecordedRequest recorded = stigg.take();
    assertThat(recorded.getHeader("Authorization")).isEqualTo("Bearer j.w.t-0001");
    assertThat(recorded.getHeader("X-ENVIRONMENT-ID")).isEqualTo("env_prod");
    assertThat(recorded.getHeader("X-ACCOUNT-ID")).isEqualTo("acc_1");
    assertThat(recorded.getHeader("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void apiKeyClientRejectsAnEnvironmentDefaultHeaderBeforeAnyIo() {
    stigg.enqueueOk();
    try (StiggClient client = stigg.apiKeyClient()) {
      assertThatThrownBy(() -> client.withOptions(o -> o.defaultHeader("X-Environment-Id", "e")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("X-ENVIRONMENT-ID (default header) applies only to JWT auth");
      assertThat(stigg.server.getRequestCount()).isZero();
      client.destinations().updateSelection("dst_1", request());
    }
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void closingTheDerivedClientLeavesTheOriginalOpen() {
    stigg.enqueueOk();
    StiggClient client = stigg.apiKeyClient();
    StiggClient derived = client.withOptions(o -> o.maxRetries(1));
    derived.close();
    assertThatThrownBy(() -> derived.destinations().updateSelection("dst_1", request()))
        .isInstanceOf(IllegalStateException.class);
    client.destinations().updateSelection("dst_1", request());
    client.close();
    assertThatThrownBy(() -> client.withOptions(o -> o.maxRetries(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(stigg.server.getRequestCount()).isEqualTo(1);
  }
}
