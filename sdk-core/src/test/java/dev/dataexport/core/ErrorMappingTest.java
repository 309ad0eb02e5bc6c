package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.get;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.stream.Stream;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMappingTest {
  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TestClient client = clientFor(server, sleeper).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  static Stream<Arguments> statusTable() {
    return Stream.of(
        Arguments.of(400, ApiException.BadRequest.class),
        Arguments.of(401, ApiException.Authentication.class),
        Arguments.of(403, ApiException.PermissionDenied.class),
        Arguments.of(404, ApiException.NotFound.class),
        Arguments.of(409, ApiException.Conflict.class),
        Arguments.of(422, ApiException.UnprocessableEntity.class),
        Arguments.of(429, ApiException.RateLimited.class),
        Arguments.of(500, ApiException.ServerError.class),
        Arguments.of(501, ApiException.ServerError.class),
        Arguments.of(599, ApiException.ServerError.class),
        Arguments.of(402, ApiException.UnexpectedStatus.class),
        Arguments.of(418, ApiException.UnexpectedStatus.class));
  }

  @ParameterizedTest
  @MethodSource("statusTable")
  void eachStatusMapsToItsExceptionWithCodeMessageAndRequestId(
      int status, Class<? extends ApiException> type) {
    server.enqueue(
        new MockResponse()
            .setResponseCode(status)
            .addHeader("X-Request-Id", "req-" + status)
            .setBody("{\"code\":\"E" + status + "\",\"message\":\"went wrong\",\"extra\":[1]}"));
    try (TestClient once = clientFor(server, sleeper).maxRetries(0).build()) {
      assertThatThrownBy(() -> once.send(patch(), JSON))
          .isExactlyInstanceOf(type)
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(status);
                assertThat(e.errorCode()).contains("E" + status);
                assertThat(e.errorMessage()).contains("went wrong");
                assertThat(e.requestId()).contains("req-" + status);
                assertThat(e.headers().first("x-request-id")).contains("req-" + status);
                assertThat(e.body())
                    .isEqualTo(
                        "{\"code\":\"E" + status + "\",\"message\":\"went wrong\",\"extra\":[1]}");
                assertThat(e.request()).isEqualTo("PATCH /things/t1");
                assertThat(e.attempts()).hasSize(1);
                assertThat(e.getMessage())
                    .isEqualTo(
                        "PATCH /things/t1 failed with HTTP "
                            + status
                            + ": went wrong (code E"
                            + status
                            + ") [request id req-"
                            + status
                            + "] after 1 attempt");
              });
    }
  }

  @ParameterizedTest
  @MethodSource("statusTable")
  void theTableIsOneFactory(int status, Class<? extends ApiException> type) {
    assertThat(
            ApiException.of(
                new dev.dataexport.core.errors.ApiException.Details(
                    "GET /x",
                    status,
                    null,
                    null,
                    null,
                    ResponseHeaders.empty(),
                    "",
                    java.util.List.of(),
                    null)))
        .isExactlyInstanceOf(type);
  }

  @Test
  void theErrorBodyCopyIsBoundedTo8KiB() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(400)
            .setBody("{\"message\":\"" + "y".repeat(20_000) + "\"}"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            ApiException.BadRequest.class, e -> assertThat(e.body()).hasSize(8 * 1024));
  }

  @Test
  void anHtml502PageFromAProxyIsAnInternalServerErrorWithoutCode() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    server.enqueue(
        new MockResponse()
            .setResponseCode(502)
            .addHeader("Content-Type", "text/html")
            .setBody(html));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isExactlyInstanceOf(ApiException.ServerError.class)
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(502);
              assertThat(e.errorCode()).isEmpty();
              assertThat(e.errorMessage()).isEmpty();
              assertThat(e.body()).isEqualTo(html);
              assertThat(e.attempts()).hasSize(1);
            });
  }

  @Test
  void secretFieldsOfAnUndecodableBodyAreMaskedInTheSnippet() {
    server.enqueue(
        new MockResponse()
            .setBody("{\"data\": {\"token\": \"CANARY-secret-123\", \"expiresAt\": \"soon\"}}"));
    dev.dataexport.core.spi.ResponseDecoder<Object> refusing =
        response -> {
          throw new java.io.IOException("expiresAt is not a time");
        };

    assertThatThrownBy(() -> client.send(patch(), refusing))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.snippet())
                  .isEqualTo("{\"data\":{\"token\":\"****\",\"expiresAt\":\"soon\"}}");
              assertThat(e.toString()).doesNotContain("CANARY-secret-123");
            });
  }

  @Test
  void malformedJsonIsAnInvalidResponseWithStatusAndSnippet() {
    server.enqueue(new MockResponse().setBody("{\"ok\": tru"));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.snippet()).isEqualTo("{\"ok\": tru");
              assertThat(e.getMessage())
                  .startsWith("PATCH /things/t1: could not decode the response: ")
                  .endsWith("(HTTP 200, body: \"{\"ok\": tru\")");
              assertThat(e.attempts()).hasSize(1);
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anHtmlPageWithStatus200IsAnInvalidResponse() {
    server.enqueue(new MockResponse().setBody("<html>login</html>"));

    assertThatThrownBy(() -> client.send(get(), JSON))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.snippet()).isEqualTo("<html>login</html>");
            });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anEmpty200BodyIsAnInvalidResponse() {
    server.enqueue(new MockResponse().setBody(""));

    assertThatThrownBy(() -> client.send(patch(), ResponseDecoder.json(Thing.class)))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.snippet()).isEmpty();
              assertThat(e.getMessage()).endsWith("(HTTP 200, body: <empty>)");
            });
  }

  @Test
  void aJsonNullBodyIsAnInvalidResponse() {
    server.enqueue(new MockResponse().setBody("null"));

    assertThatThrownBy(() -> client.send(patch(), ResponseDecoder.json(Thing.class)))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> assertThat(e.getMessage()).contains("the response has no JSON value"));
  }

  @Test
  void theSnippetIsCutAt200Characters() {
    server.enqueue(new MockResponse().setBody("<" + "z".repeat(500)));

    assertThatThrownBy(() -> client.send(patch(), JSON))
        .isInstanceOfSatisfying(
            InvalidResponseException.class, e -> assertThat(e.snippet()).hasSize(200));
  }

  @Test
  void aDecoderCanReportAnErrorInsideA2xxBody() {
    server.enqueue(
        new MockResponse()
            .addHeader("X-Request-Id", "r9")
            .setBody("{\"status\":\"error\",\"code\":\"E7\",\"message\":\"bad config\"}"));
    ResponseDecoder<JsonNode> envelope =
        raw -> {
          JsonNode node = Json.mapper().readTree(raw.body());
          if ("error".equals(node.path("status").asText())) {
            throw raw.error(node.path("code").asText(), node.path("message").asText());
          }
          return node;
        };

    assertThatThrownBy(() -> client.send(patch(), envelope))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(200);
              assertThat(e.errorCode()).contains("E7");
              assertThat(e.errorMessage()).contains("bad config");
              assertThat(e.requestId()).contains("r9");
              assertThat(e.attempts()).hasSize(1);
            });
  }

  @Test
  void aDecoderRuntimeExceptionBecomesAnInvalidResponse() {
    server.enqueue(new MockResponse().setBody("{}"));
    ResponseDecoder<String> broken =
        raw -> {
          throw new IllegalStateException("boom");
        };

    assertThatThrownBy(() -> client.send(patch(), broken))
        .isInstanceOfSatisfying(
            InvalidResponseException.class,
            e -> assertThat(e.getMessage()).contains("IllegalStateException (boom)"));
  }

  @Test
  void aBrokenVendorErrorParserStillGivesTheTypedException() {
    try (TestClient odd =
        clientFor(server, sleeper)
            .profile(
                dev.dataexport.core.spi.VendorProfile.builder("odd")
                    .errorParser(
                        (status, headers, body) -> {
                          throw new IllegalStateException("parser bug");
                        })
                    .build())
            .build()) {
      server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
      assertThatThrownBy(() -> odd.send(patch(), JSON))
          .isInstanceOfSatisfying(
              ApiException.NotFound.class, e -> assertThat(e.errorCode()).isEmpty());
    }
  }

  @Test
  void theRequestIdOfASuccessIsOnTheResponse() {
    server.enqueue(new MockResponse().addHeader("Request-Id", "abc").setBody("{}"));

    ApiResponse<JsonNode> response = client.send(patch(), JSON);

    assertThat(response.requestId()).contains("abc");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("request-id")).contains("abc");
  }

  @Test
  void vendorRequestIdHeadersReplaceTheDefaults() {
    try (TestClient custom =
        clientFor(server, sleeper)
            .profile(
                dev.dataexport.core.support.TestVendor.profileBuilder()
                    .requestIdHeaders("X-Trace")
                    .build())
            .build()) {
      server.enqueue(
          new MockResponse()
              .addHeader("X-Request-Id", "ignored")
              .addHeader("X-Trace", "t-1")
              .setBody("{}"));
      assertThat(custom.send(patch(), JSON).requestId()).contains("t-1");
    }
  }

  /** A response model for decoding tests. */
  public static final class Thing {
    public String name;
  }
}
