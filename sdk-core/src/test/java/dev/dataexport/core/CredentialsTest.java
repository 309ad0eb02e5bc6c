package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private RecordedRequest sendWith(Credentials credentials) throws InterruptedException {
    server.enqueue(new MockResponse().setBody("{}"));
    try (TestClient client =
        clientFor(server, new RecordingSleeper()).credentials(credentials).build()) {
      client.send(patch(), JSON);
    }
    return server.takeRequest();
  }

  @Test
  void apiKeyGoesInItsNamedHeaderOnly() throws Exception {
    RecordedRequest request = sendWith(Credentials.apiKey("X-Vendor-Key", "key-0001"));

    assertThat(request.getHeader("X-Vendor-Key")).isEqualTo("key-0001");
    assertThat(request.getHeader("Authorization")).isNull();
  }

  @Test
  void bearerTokenIsPrefixed() throws Exception {
    assertThat(sendWith(Credentials.bearer("token-0001")).getHeader("Authorization"))
        .isEqualTo("Bearer token-0001");
  }

  @Test
  void rawAuthorizationIsSentAsIs() throws Exception {
    assertThat(sendWith(Credentials.authorization("api-0123")).getHeader("Authorization"))
        .isEqualTo("api-0123");
  }

  @Test
  void aPerCallOrRequestHeaderThatWouldReplaceTheCredentialIsRefusedBeforeAnyIo() {
    try (TestClient client = clientFor(server, new RecordingSleeper()).build()) {
      assertThatThrownBy(
              () ->
                  client.send(
                      ApiRequest.builder(HttpMethod.GET).path("x").build(),
                      JSON,
                      RequestOptions.builder().header("x-api-key", "forged-too").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "x-api-key cannot be set as a per-call header: it carries the client's credentials."
                  + " To call with other credentials, build another client")
          .hasMessageNotContaining("forged");
      assertThatThrownBy(
              () ->
                  client.send(
                      ApiRequest.builder(HttpMethod.GET)
                          .path("x")
                          .header("Authorization", "Bearer forged")
                          .build(),
                      JSON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Authorization cannot be set as a request header");
      assertThatThrownBy(
              () ->
                  clientFor(server, new RecordingSleeper()).defaultHeader("X-API-KEY", "x").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("X-API-KEY cannot be set as a default header");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aCredentialShorterThanEightCharactersIsRefused() {
    assertThatThrownBy(() -> Credentials.apiKey("X-API-KEY", "k"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API key must be at least 8 characters long, was 1");
    assertThat(Credentials.apiKey("X-API-KEY", "12345678").headerValue().reveal())
        .isEqualTo("12345678");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "s3cr3t\r\nX-Injected: 1",
        "s3cr3t\n",
        "\u0000s3cr3t",
        "s3c\u007fr3t",
        "s3cr\u00e9t",
        "s3\u2603cr3t"
      })
  void controlAndNonAsciiCharactersAreRejectedWithoutTheValue(String value) {
    for (Runnable create :
        new Runnable[] {
          () -> Credentials.apiKey("X-API-KEY", value),
          () -> Credentials.bearer(value),
          () -> Credentials.authorization(value)
        }) {
      assertThatThrownBy(create::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("s3c")
          .hasMessageNotContaining("r3t")
          .hasMessageContaining("found");
    }
  }

  @Test
  void crLfMessageNamesTheRuleAndIndex() {
    assertThatThrownBy(() -> Credentials.apiKey("X-API-KEY", "secret\r\nX: y"))
        .hasMessage(
            "API key must not contain control characters (CR, LF, ...); found one at index 6");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\r\n"})
  void blankValuesAreRejected(String value) {
    assertThatThrownBy(() -> Credentials.bearer(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bearer token must not be blank");
  }

  @Test
  void nullAndPaddedValuesAreRejected() {
    assertThatThrownBy(() -> Credentials.apiKey("X-API-KEY", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("API key must not be null");
    assertThatThrownBy(() -> Credentials.authorization(" abc "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Authorization value must not start or end with whitespace");
    assertThatThrownBy(() -> Credentials.apiKey("X API", "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header name has an invalid character at index 1");
  }

  @Test
  void toStringIsMasked() {
    assertThat(Credentials.apiKey("X-API-KEY", "k-secret-1"))
        .hasToString("Credentials{X-API-KEY: ****}");
    assertThat(Credentials.bearer("k-secret-1"))
        .hasToString("Credentials{Authorization: Bearer ****}");
    assertThat(Credentials.authorization("k-secret-1").headerValue()).hasToString("****");
  }

  @Test
  void scrubMasksTheValueInText() {
    assertThat(Credentials.bearer("k-secret-1").scrub("echo k-secret-1!")).isEqualTo("echo ****!");
    assertThat(Credentials.bearer("k-secret-1").scrub(null)).isNull();
  }

  @Test
  void equalityComparesTheValue() {
    assertThat(Credentials.bearer("token-a1"))
        .isEqualTo(Credentials.bearer("token-a1"))
        .isNotEqualTo(Credentials.bearer("token-a2"));
  }
}
