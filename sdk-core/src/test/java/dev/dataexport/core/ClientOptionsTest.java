package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientOptionsTest {
  private static final String SDK_AGENT_PATTERN =
      "dataexport-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(Java "
          + java.util.regex.Pattern.quote(System.getProperty("java.version"))
          + "; "
          + java.util.regex.Pattern.quote(System.getProperty("os.name"))
          + "\\)";

  private final MockWebServer server = Fixtures.startServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private RecordedRequest sendOne(TestClient client) throws InterruptedException {
    server.enqueue(new MockResponse().setBody("{}"));
    try (client) {
      client.send(patch(), JSON);
    }
    return server.takeRequest();
  }

  @Test
  void defaultsAreDocumentedValues() {
    ClientOptions options = TestClient.builder().build().executor.options();

    assertThat(options.baseUrl().toString()).isEqualTo("https://api.example.com/");
    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(options.attemptTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.callTimeout()).isEqualTo(Duration.ofMinutes(3));
    assertThat(options.maxResponseBytes()).isEqualTo(64L << 20);
    assertThat(options.timeoutsExplicit()).isFalse();
    assertThat(options.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(options.retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(options.retryPolicy().initialBackoff()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.retryPolicy().maxBackoff()).isEqualTo(Duration.ofSeconds(8));
    assertThat(options.retryPolicy().maxRetryWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.retryPolicy().jitter()).isEqualTo(0.25);
    assertThat(options.defaultHeaders()).isEmpty();
    assertThat(options.okHttpClient()).isNull();
    assertThat(options.sleeper()).isSameAs(Sleeper.system());
  }

  @Test
  void everyRequestCarriesTheBaseHeadersAndTheCredential() throws Exception {
    RecordedRequest request = sendOne(clientFor(server, sleeper).build());

    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo("/things/t1");
    assertThat(request.getHeader("X-API-KEY")).isEqualTo("test-key");
    assertThat(request.getHeader("X-Test-Version")).isEqualTo("2024-01-01");
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).matches(SDK_AGENT_PATTERN);
    assertThat(Fixtures.tree(request.getBody().readUtf8())).isEqualTo(Fixtures.tree("{\"x\":1}"));
  }

  @Test
  void userAgentPutsTheApplicationInFront() throws Exception {
    RecordedRequest request =
        sendOne(clientFor(server, sleeper).application("billing-sync", "2.3").build());

    assertThat(request.getHeader("User-Agent")).matches("billing-sync/2\\.3 " + SDK_AGENT_PATTERN);
  }

  @Test
  void userAgentVersionComesFromTheBuild() {
    assertThat(ClientOptions.UserAgent.SdkVersion.VALUE)
        .doesNotContain("$")
        .isNotEqualTo("unknown");
    assertThat(ClientOptions.UserAgent.printable("Linux\u00e9\n")).isEqualTo("Linux??");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "billing sync", "a/b", "x\r\n"})
  void applicationNameMustBeAToken(String name) {
    assertThatThrownBy(() -> TestClient.builder().application(name, "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("application name must be a non-empty token");
  }

  @Test
  void defaultHeadersAreSentAndVendorHeadersCanBeOverridden() throws Exception {
    RecordedRequest request =
        sendOne(
            clientFor(server, sleeper)
                .defaultHeader("X-Team", "data")
                .defaultHeader("X-Test-Version", "2025-01-01")
                .build());

    assertThat(request.getHeader("X-Team")).isEqualTo("data");
    assertThat(request.getHeaders().values("X-Test-Version")).containsExactly("2025-01-01");
  }

  @Test
  void defaultHeaderValuesAreCheckedWithoutEchoingThem() {
    assertThatThrownBy(() -> TestClient.builder().defaultHeader("X-Team", "a\r\nInjected: yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "value of header X-Team must contain only printable ASCII characters (no CR, LF or other"
                + " control characters); found another at index 1");
    assertThatThrownBy(() -> TestClient.builder().defaultHeader("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header name has an invalid character at index 3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://api.example.com",
        "http://127.0.0.1:8080/",
        "http://localhost:1/base/",
        "http://[::1]:9/",
        "http://127.1.2.3/",
        "http://api.localhost/"
      })
  void acceptedBaseUrls(String url) {
    assertThatNoException().isThrownBy(() -> TestClient.builder().baseUrl(url).build().close());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.example.com", "http://10.0.0.1/", "http://cafe.face/"})
  void plainHttpElsewhereNeedsAnExplicitOptIn(String url) {
    assertThatThrownBy(() -> TestClient.builder().baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "baseUrl must use https (plain http is allowed only for loopback hosts or after"
                + " allowInsecureHttp())");
    assertThatNoException()
        .isThrownBy(() -> TestClient.builder().baseUrl(url).allowInsecureHttp().build().close());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://user:hunter2@api.example.com/",
        "http://user:hunter2@api.example.com/",
        "ftp://user:hunter2@api.example.com/",
        "user:hunter2@api.example.com"
      })
  void userInfoIsRejectedWithoutEchoingIt(String url) {
    assertThatThrownBy(() -> TestClient.builder().baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl must")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void queryAndNonUrlsAreRejected() {
    assertThatThrownBy(
            () -> TestClient.builder().baseUrl("https://api.example.com/?api_key=k1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must not have a query or fragment, was 'https://api.example.com/...'")
        .hasMessageNotContaining("k1");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("not-a-url").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must be an absolute http(s) URL, was 'not-a-url'");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("https://api.example.com ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseUrl must not contain whitespace or control characters; found one at index 23");
    assertThatThrownBy(() -> TestClient.builder().baseUrl("https://api.example.com/#x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must not have a fragment (#...)");
  }

  @Test
  void theBasePathIsKept() throws Exception {
    RecordedRequest request =
        sendOne(clientFor(server, sleeper).baseUrl(server.url("/api/v2/").toString()).build());

    assertThat(request.getPath()).isEqualTo("/api/v2/things/t1");
  }

  @Test
  void badTimeoutsAndRetriesAreRejectedNamingTheOption() {
    assertThatThrownBy(() -> TestClient.builder().connectTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> TestClient.builder().readTimeout(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("readTimeout");
    assertThatThrownBy(() -> TestClient.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must be >= 0, was -1");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("jitter must be within [0, 1], was 1.5");
  }

  @Test
  void timeoutsAndRetriesAreKeptInTheOptions() {
    ClientOptions options =
        TestClient.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(3))
            .maxRetries(5)
            .build()
            .executor
            .options();

    assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(options.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(options.timeoutsExplicit()).isTrue();
    assertThat(options.retryPolicy().maxRetries()).isEqualTo(5);
  }

  @Test
  void optionsToStringMasksTheCredential() {
    ClientOptions options =
        TestClient.builder()
            .credentials(Credentials.bearer("tok-123456"))
            .build()
            .executor
            .options();

    assertThat(options.toString())
        .contains("Authorization: Bearer ****")
        .doesNotContain("tok-123456");
  }
}
