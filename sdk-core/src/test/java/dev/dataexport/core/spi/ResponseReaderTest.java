package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.ClientBuilder;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.RetryRules.Outcome;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import java.util.List;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decode layer alone: a response in, an outcome out, without a server. */
class ResponseReaderTest {
  private final TestClient client = TestClient.builder().clock(Fixtures.CLOCK).build();

  @AfterEach
  void close() {
    client.close();
  }

  private <T> Outcome<T> read(ResponseDecoder<T> decoder, boolean safe, Response response) {
    ApiRequest request =
        ApiRequest.builder(HttpMethod.PATCH).path("things", "1").safeToRepeat(safe).build();
    Exchange<T> exchange =
        new Exchange<>(
            client.executor,
            request,
            new Request.Builder().url("https://api.example.com/things/1").build(),
            decoder,
            2,
            java.time.Duration.ofMinutes(3),
            java.time.Duration.ofSeconds(60),
            new Redaction(client.executor.options().credentials(), List.of("body-secret")),
            false);
    Call call = exchange.nextCall();
    exchange.release(call);
    return ResponseReader.read(exchange, response);
  }

  private static Response response(int status, String body, String... headers) {
    Response.Builder builder =
        new Response.Builder()
            .request(new Request.Builder().url("https://api.example.com/things/1").build())
            .protocol(Protocol.HTTP_1_1)
            .code(status)
            .message("x")
            .body(ResponseBody.create(body, MediaType.get("application/json")));
    for (int i = 0; i < headers.length; i += 2) {
      builder.addHeader(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  @Test
  void aSuccessIsDecodedWithItsStatusRequestIdAndAttempts() {
    Outcome<JsonNode> outcome =
        read(Fixtures.JSON, false, response(200, "{\"a\":1}", "X-Request-Id", "r1"));
    assertThat(outcome.response.value().path("a").asInt()).isEqualTo(1);
    assertThat(outcome.response.requestId()).contains("r1");
    assertThat(outcome.response.attempts()).hasSize(1);
  }

  @Test
  void anErrorStatusBecomesTheTypedExceptionWithTheVendorsCodeAndAScrubbedBody() {
    Outcome<JsonNode> outcome =
        read(
            Fixtures.JSON,
            true,
            response(404, "{\"code\":\"gone\",\"message\":\"no body-secret here\"}"));
    assertThat(outcome.failure).isInstanceOf(ApiException.NotFound.class);
    ApiException.NotFound e = (ApiException.NotFound) outcome.failure;
    assertThat(e.errorCode()).contains("gone");
    assertThat(e.errorMessage()).contains("no **** here");
    assertThat(e.body()).doesNotContain("body-secret");
  }

  @Test
  void a503IsRetriedAfterTheServersWaitAndA500OnlyWhenSafeToRepeat() {
    assertThat(read(Fixtures.JSON, false, response(503, "", "Retry-After", "2")).retryAfter)
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(read(Fixtures.JSON, false, response(500, "")).isRetry()).isFalse();
    assertThat(read(Fixtures.JSON, true, response(500, "")).isRetry()).isTrue();
  }

  @Test
  void aWaitBeyondThePolicysCapFailsAtOnceWithTheWait() {
    long beyond = ClientBuilder.DEFAULT_CALL_TIMEOUT.multipliedBy(10).toSeconds();
    Outcome<JsonNode> outcome =
        read(Fixtures.JSON, true, response(429, "", "Retry-After", Long.toString(beyond)));
    assertThat(outcome.failure).isInstanceOf(ApiException.RateLimited.class);
    assertThat(((ApiException.RateLimited) outcome.failure).retryAfter())
        .contains(Duration.ofSeconds(beyond));
  }

  @Test
  void anUndecodableOrEmptySuccessIsAnInvalidResponse() {
    assertThat(read(Fixtures.JSON, false, response(200, "{not json")).failure)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("could not decode the response");
    assertThat(read(raw -> null, false, response(200, "null")).failure)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("no JSON value");
    // An empty body is Jackson's end-of-input, not an offset error from the segment cursor.
    assertThat(read(Fixtures.JSON, false, response(200, "")).failure)
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("could not decode the response: MismatchedInputException");
  }
}
