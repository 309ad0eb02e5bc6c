package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.ResponseDecoder;
import dev.dataexport.core.support.TestClient;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void sendsAndDecodes() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(
          new MockResponse().setBody("{\"ok\":true}").addHeader("X-Request-Id", "req-1"));
      try (TestClient client = TestClient.builder().baseUrl(server.url("/").toString()).build()) {
        ApiResponse<JsonNode> response =
            client.send(
                ApiRequest.builder(HttpMethod.PATCH)
                    .path("things")
                    .pathParam("id", "a/b c")
                    .jsonBody(Map.of("x", 1))
                    .build(),
                ResponseDecoder.json(JsonNode.class));
        assertThat(response.value().get("ok").asBoolean()).isTrue();
        assertThat(response.requestId()).contains("req-1");
      }
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getMethod()).isEqualTo("PATCH");
      assertThat(recorded.getPath()).isEqualTo("/things/a%2Fb%20c");
      assertThat(recorded.getHeader("X-API-KEY")).isEqualTo("test-key");
      assertThat(recorded.getHeader("Content-Type")).isEqualTo("application/json");
      assertThat(recorded.getHeader("User-Agent"))
          .startsWith("dataexport-java/0.1.0-SNAPSHOT (Java ");
      assertThat(recorded.getBody().readUtf8()).isEqualTo("{\"x\":1}");
    }
  }
}
