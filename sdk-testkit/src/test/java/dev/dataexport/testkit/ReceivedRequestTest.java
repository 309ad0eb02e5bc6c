package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The testkit's own record of a request: what was sent, copied without disturbing the fake. */
class ReceivedRequestTest {
  private static final String CANARY = "CANARY-secret-123";

  @RegisterExtension
  final FakeStigg stigg =
      new FakeStigg(CANARY, "fake.stigg.jwt", FakeStigg.DEFAULT_ENVIRONMENT_ID)
          .addDestination("int_1", "dst_1", "snowflake");

  private ReceivedRequest sendRaw(String path, String body) throws IOException {
    Request.Builder request =
        new Request.Builder()
            .url(stigg.baseUrl() + path)
            .header("X-API-KEY", CANARY)
            .addHeader("X-Multi", "first")
            .addHeader("x-multi", "second");
    if (body == null) {
      request.get();
    } else {
      request.post(RequestBody.create(body, MediaType.get("application/json")));
    }
    OkHttpClient client = new OkHttpClient();
    try (Response response = client.newCall(request.build()).execute()) {
      assertThat(response.code()).isPositive();
      return stigg.lastRequest();
    } finally {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  @Test
  void anSdkCallIsRecordedWithMethodPathHeadersAndBody() throws IOException {
    stigg
        .client()
        .destinations()
        .updateSelection(
            "dst_1",
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers")
                .build());

    ReceivedRequest last = stigg.lastRequest();
    assertThat(last.method()).isEqualTo("PATCH");
    assertThat(last.path()).startsWith("/");
    assertThat(last.header("x-api-key")).hasValue(CANARY);
    assertThat(last.header("Content-Type"))
        .hasValueSatisfying(v -> v.startsWith("application/json"));
    JsonNode expected =
        Json.mapper().readTree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\"]}");
    assertThat(last.bodyJson()).isEqualTo(expected);
    // The fake read the same body after it was recorded: the update took effect.
    assertThat(stigg.enabledModels("int_1", "dst_1")).contains(List.of("customers"));
  }

  @Test
  void thePathStaysEncodedAndRepeatedHeadersKeepTheirOrder() throws IOException {
    ReceivedRequest last = sendRaw("/v1/a%2Fb%20c%25d%C3%A9?q=1", "{\"k\":[1,null]}");
    assertThat(last.method()).isEqualTo("POST");
    assertThat(last.path()).isEqualTo("/v1/a%2Fb%20c%25d%C3%A9?q=1");
    assertThat(last.headers().get("X-MULTI")).containsExactly("first", "second");
    assertThat(last.header("x-multi")).hasValue("first");
    assertThat(last.header("X-Absent")).isEmpty();
    assertThat(last.bodyText()).isEqualTo("{\"k\":[1,null]}");
    assertThat(last.bodyJson().get("k").size()).isEqualTo(2);
  }

  @Test
  void theRecordIsUnmodifiable() throws IOException {
    ReceivedRequest last = sendRaw("/v1/x", "{}");
    assertThatThrownBy(() -> last.headers().put("X-New", List.of("v")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> last.headers().get("X-Multi").add("third"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void noBodyOrNotJsonIsSaidPlainly() throws IOException {
    ReceivedRequest get = sendRaw("/v1/x", null);
    assertThat(get.bodyText()).isEmpty();
    assertThatThrownBy(get::bodyJson)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("GET /v1/x had no body");

    ReceivedRequest notJson = sendRaw("/v1/x", "not json");
    assertThatThrownBy(notJson::bodyJson)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("POST /v1/x did not send JSON: ")
        .hasNoCause();
  }

  @Test
  void toStringNamesTheCallButNoHeaderValue() throws IOException {
    ReceivedRequest last = sendRaw("/v1/x", "{}");
    assertThat(last.toString())
        .startsWith("POST /v1/x (")
        .contains("2 body bytes")
        .doesNotContain(CANARY)
        .doesNotContain("first");
  }
}
