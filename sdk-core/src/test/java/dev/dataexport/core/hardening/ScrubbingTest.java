package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.Credentials;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every surface a user can print is scrubbed, and scrubbing never alters other text. */
class ScrubbingTest {
  private static final String KEY = "canary-KEY-8f3a2";
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private TestClient client() {
    return clientFor(server, new RecordingSleeper())
        .credentials(Credentials.apiKey("X-API-KEY", KEY))
        .maxRetries(0)
        .build();
  }

  @Test
  void aWwwAuthenticateOrLocationThatEchoesTheKeyIsScrubbedInTheExceptionsHeaders() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .addHeader("WWW-Authenticate", "ApiKey key=\"" + KEY + "\""));
    server.enqueue(
        new MockResponse()
            .setResponseCode(302)
            .addHeader("Location", "https://elsewhere.example/login?api_key=" + KEY));
    try (TestClient client = client()) {
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> client.send(get(), JSON))
            .isInstanceOfSatisfying(
                ApiException.class,
                e -> {
                  assertThat(e.headers().toString()).doesNotContain(KEY).contains(Secret.MASK);
                  assertThat(e.getMessage()).doesNotContain(KEY);
                  assertThat(e.body()).doesNotContain(KEY);
                });
      }
    }
  }

  @Test
  void theHeadersOfASuccessAreScrubbedToo() {
    server.enqueue(new MockResponse().setBody("{}").addHeader("X-Echo", "key " + KEY));
    try (TestClient client = client()) {
      ApiResponse<?> response = client.send(get(), JSON);
      assertThat(response.headers().first("X-Echo")).contains("key " + Secret.MASK);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PackageGroupNotFound | k | PackageGroupNotFound",
        "key=k&x=1 | k | key=****&x=1",
        "\"k\" was refused | k | \"****\" was refused",
        "k | k | ****",
        "kk k | k | kk ****",
        "token abc-123. | abc-123 | token ****.",
        "abc-1234 is not abc-123 | abc-123 | abc-1234 is not ****"
      })
  void onlyWholeOccurrencesOfASecretAreMasked(String text, String secret, String scrubbed) {
    assertThat(Secret.scrub(text, secret)).isEqualTo(scrubbed);
  }
}
