package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectTest {
  private final MockWebServer api = Fixtures.startServer();
  private final MockWebServer elsewhere = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    api.shutdown();
    elsewhere.shutdown();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectToAnotherHostIsNotFollowedAndNothingReachesIt(int status) {
    api.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .addHeader("Location", elsewhere.url("/steal?token=abc"))
            .setBody("moved"));
    elsewhere.enqueue(new MockResponse().setBody("{}"));

    try (TestClient client = clientFor(api, new RecordingSleeper()).build()) {
      assertThatThrownBy(() -> client.send(patch(), JSON))
          .isInstanceOfSatisfying(
              ApiException.UnexpectedStatus.class,
              e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.headers().first("Location"))
                    .contains(elsewhere.url("/steal?token=abc").toString());
                assertThat(e.getMessage())
                    .contains("(redirect to " + elsewhere.url("/steal") + " not followed")
                    .doesNotContain("token=abc");
                assertThat(e.attempts()).hasSize(1);
              });
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(api.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void aSuppliedClientThatFollowsRedirectsStillDoesNotFollowThemForTheSdk(int status) {
    api.enqueue(
        new MockResponse().setResponseCode(status).addHeader("Location", elsewhere.url("/x")));
    elsewhere.enqueue(new MockResponse().setBody("{}"));
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).build();

    try (TestClient client =
        clientFor(api, new RecordingSleeper()).okHttpClient(following).build()) {
      assertThatThrownBy(() -> client.send(get(), JSON))
          .isInstanceOf(ApiException.UnexpectedStatus.class);
    }
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(following.followRedirects()).isTrue();
  }
}
