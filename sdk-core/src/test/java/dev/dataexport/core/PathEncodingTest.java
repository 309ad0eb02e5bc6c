package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.ApiRequest.PathSegment;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathEncodingTest {
  private final MockWebServer server = Fixtures.startServer();
  private final TestClient client = clientFor(server, new RecordingSleeper()).build();

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a/b|a%2Fb",
        "../x|..%2Fx",
        "a..b|a..b",
        "...|...",
        "q?x=1|q%3Fx%3D1",
        "frag#1|frag%231",
        "100%|100%25",
        "%2F|%252F",
        "'with space'|with%20space",
        "caf\u00e9|caf%C3%A9",
        "\u65e5\u672c|%E6%97%A5%E6%9C%AC",
        "emoji\uD83D\uDE00|emoji%F0%9F%98%80",
        "a+b;c=d&e|a%2Bb%3Bc%3Dd%26e",
        "plain-Id_1.2~3|plain-Id_1.2~3"
      })
  void eachSegmentIsSentEncodedAndStaysOneSegment(String raw, String encoded) throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(
        ApiRequest.builder(HttpMethod.GET).path("things").pathParam("id", raw).path("sub").build(),
        JSON);

    assertThat(server.takeRequest().getPath()).isEqualTo("/things/" + encoded + "/sub");
    assertThat(PathSegment.encode("id", raw)).isEqualTo(encoded);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejectedBeforeAnyIo(String raw) {
    assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET).pathParam("destinationId", raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be '.' or '..' (a URL cannot carry them as a segment)");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void emptyAndNullSegmentsNameTheField() {
    assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET).pathParam("destinationId", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be empty");
    assertThatThrownBy(() -> ApiRequest.builder(HttpMethod.GET).pathParam("destinationId", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId");
  }

  @Test
  void queryParametersAreEncoded() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));

    client.send(
        ApiRequest.builder(HttpMethod.GET).path("things").query("filter", "a b&c=d").build(), JSON);

    assertThat(server.takeRequest().getPath()).isEqualTo("/things?filter=a%20b%26c%3Dd");
  }

  @Test
  void requestHeadersAreCheckedBeforeAnyIo() {
    assertThatThrownBy(
            () -> ApiRequest.builder(HttpMethod.GET).header("X-Env", "prod\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("value of header X-Env must contain only printable ASCII")
        .hasMessageNotContaining("Evil");
  }

  @Test
  void toStringShowsMethodAndEncodedPath() {
    assertThat(ApiRequest.builder(HttpMethod.DELETE).path("a").pathParam("id", "x/y").build())
        .hasToString("DELETE /a/x%2Fy");
  }
}
