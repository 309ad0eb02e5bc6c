package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.support.TestClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The prepare layer alone: URL, headers and body of the request every attempt sends. */
class RequestPreparerTest {
  private final ClientOptions options;

  RequestPreparerTest() {
    try (TestClient client = TestClient.builder().defaultHeader("X-Default", "d").build()) {
      options = client.executor.options();
    }
  }

  private Request prepare(boolean upFront, ApiRequest request, RequestOptions perCall) {
    return new RequestPreparer(options, dev.dataexport.core.support.TestVendor.profile(), upFront)
        .prepare(request, perCall, new ArrayList<>());
  }

  @Test
  void theUrlIsTheBaseUrlWithEachSegmentEncodedAndTheQuery() {
    ApiRequest request =
        ApiRequest.builder(HttpMethod.GET)
            .path("v1", "things")
            .pathParam("id", "a/b c")
            .query("page size", "10&x")
            .build();
    assertThat(prepare(true, request, RequestOptions.none()).url().toString())
        .isEqualTo("https://api.example.com/v1/things/a%2Fb%20c?page%20size=10%26x");
  }

  @Test
  void aBuilderUsedAfterBuildChangesNoRequestItBuilt() {
    // The request shares its builder's segment array; appending past it must not show in it.
    ApiRequest.Builder builder = ApiRequest.builder(HttpMethod.GET).path("v1", "things");
    ApiRequest first = builder.build();
    builder.pathParam("id", "x");
    ApiRequest second = builder.build();
    for (int i = 0; i < 10; i++) { // past the first array's capacity: the builder grows a copy
      builder.pathParam("id", "s" + i);
    }
    ApiRequest third = builder.build();
    assertThat(first.encodedPath()).containsExactly("v1", "things");
    assertThat(first.toString()).isEqualTo("GET /v1/things");
    assertThat(prepare(true, first, RequestOptions.none()).url().encodedPath())
        .isEqualTo("/v1/things");
    assertThat(second.encodedPath()).containsExactly("v1", "things", "x");
    assertThat(prepare(true, second, RequestOptions.none()).url().encodedPath())
        .isEqualTo("/v1/things/x");
    assertThat(third.encodedPath()).hasSize(13).endsWith("s9");
    assertThat(third.pathTemplate()).startsWith("/v1/things/{param}/{param}");
  }

  @Test
  void fixedDefaultCallAndPerCallHeadersLayerInThatOrderAndTheCredentialStaysTheClients() {
    ApiRequest request =
        ApiRequest.builder(HttpMethod.GET).path("x").header("X-Default", "call").build();
    RequestOptions perCall = RequestOptions.builder().header("X-Extra", "e").build();
    Request prepared = prepare(true, request, perCall);
    assertThat(prepared.header("X-Test-Version")).isEqualTo("2024-01-01");
    assertThat(prepared.header("X-Default")).isEqualTo("call");
    assertThat(prepared.header("X-Extra")).isEqualTo("e");
    assertThat(prepared.headers("X-API-KEY")).containsExactly("test-key");
    assertThat(prepared.header("Accept")).isEqualTo("application/json");
    assertThat(prepared.header("User-Agent")).startsWith("dataexport-java/");
  }

  @Test
  void withASuppliedClientTheCredentialIsLeftToTheGuard() {
    ApiRequest request = ApiRequest.builder(HttpMethod.GET).path("x").build();
    assertThat(prepare(false, request, RequestOptions.none()).header("X-API-KEY")).isNull();
    RequestOptions perCall = RequestOptions.builder().header("X-Extra", "e").build();
    assertThat(prepare(false, request, perCall).header("X-API-KEY")).isNull();
  }

  @Test
  void aGetOrDeleteHasNoBodyAndAChangeWithoutOneSendsAnEmptyBody() {
    assertThat(
            prepare(true, ApiRequest.builder(HttpMethod.GET).build(), RequestOptions.none()).body())
        .isNull();
    assertThat(
            prepare(true, ApiRequest.builder(HttpMethod.DELETE).build(), RequestOptions.none())
                .body())
        .isNull();
    Request post =
        prepare(true, ApiRequest.builder(HttpMethod.POST).build(), RequestOptions.none());
    assertThat(post.body()).isNotNull();
  }

  @Test
  void theBodyIsJsonAndTheSecretsItRevealsAreCollected() throws Exception {
    List<String> secrets = new ArrayList<>();
    ApiRequest request =
        ApiRequest.builder(HttpMethod.PATCH)
            .jsonBody(Map.of("password", Secret.of("pw-canary")))
            .build();
    Request prepared =
        new RequestPreparer(options, dev.dataexport.core.support.TestVendor.profile(), true)
            .prepare(request, RequestOptions.none(), secrets);
    Buffer body = new Buffer();
    prepared.body().writeTo(body);
    assertThat(body.readUtf8()).isEqualTo("{\"password\":\"pw-canary\"}");
    assertThat(prepared.body().contentType().toString()).startsWith("application/json");
    assertThat(secrets).containsExactly("pw-canary");
  }
}
