package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.Credentials;
import dev.dataexport.core.spi.RequestPreparer.OriginGuard;
import dev.dataexport.core.support.Fixtures;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network-level credential guard alone: the credential goes to the base URL's scheme, host and
 * port only, whoever put it on the request, and each attempt that reaches the network is marked.
 */
class OriginGuardTest {
  private static final String KEY = "CANARY-guard-1";
  private final MockWebServer base = Fixtures.startServer();
  private final MockWebServer other = Fixtures.startServer();
  private OkHttpClient http;
  private final InFlight inFlight = new InFlight();

  @AfterEach
  void stop() throws Exception {
    if (http != null) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    base.shutdown();
    other.shutdown();
  }

  private OriginGuard guard(String header, boolean add) {
    Credentials credentials =
        header.equals("Authorization")
            ? Credentials.authorization(KEY)
            : Credentials.apiKey(header, KEY);
    OriginGuard guard = new OriginGuard(base.url("/api/"), credentials, add, inFlight);
    http = new OkHttpClient.Builder().addNetworkInterceptor(guard).build();
    return guard;
  }

  private RecordedRequest send(MockWebServer to, Request.Builder request) throws Exception {
    to.enqueue(new MockResponse().setBody("{}"));
    try (Response response = http.newCall(request.url(to.url("/x")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    return to.takeRequest(5, TimeUnit.SECONDS);
  }

  @Test
  void itAddsTheCredentialOnTheBaseOriginWhateverThePath() throws Exception {
    guard("X-API-KEY", true);
    RecordedRequest sent = send(base, new Request.Builder());
    assertThat(sent.getHeader("X-API-KEY")).isEqualTo(KEY);
    assertThat(sent.getHeaders().values("X-API-KEY")).hasSize(1);
  }

  @Test
  void itReplacesAForgedValueOnTheBaseOrigin() throws Exception {
    guard("X-API-KEY", true);
    RecordedRequest sent = send(base, new Request.Builder().header("X-API-KEY", "forged-value"));
    assertThat(sent.getHeaders().values("X-API-KEY")).containsExactly(KEY);
  }

  @Test
  void withoutAddingItLetsTheRequestsOwnCredentialPass() throws Exception {
    guard("X-API-KEY", false);
    assertThat(send(base, new Request.Builder()).getHeader("X-API-KEY")).isNull();
    assertThat(send(base, new Request.Builder().header("X-API-KEY", KEY)).getHeader("X-API-KEY"))
        .isEqualTo(KEY);
  }

  @Test
  void itStripsTheCredentialAndAnyAuthorizationFromAnotherOrigin() throws Exception {
    guard("X-API-KEY", true);
    RecordedRequest sent =
        send(
            other,
            new Request.Builder()
                .header("X-API-KEY", KEY)
                .header("Authorization", "Bearer " + KEY)
                .header("X-Trace", "t-1"));
    assertThat(sent.getHeader("X-API-KEY")).isNull();
    assertThat(sent.getHeader("Authorization")).isNull();
    assertThat(sent.getHeader("X-Trace")).isEqualTo("t-1");

    RecordedRequest onlyAuthorization =
        send(other, new Request.Builder().header("Authorization", KEY));
    assertThat(onlyAuthorization.getHeader("Authorization")).isNull();

    RecordedRequest clean = send(other, new Request.Builder().header("X-Trace", "t-2"));
    assertThat(clean.getHeader("X-API-KEY")).isNull();
    assertThat(clean.getHeader("X-Trace")).isEqualTo("t-2");
  }

  @Test
  void anAuthorizationCredentialIsStrippedFromAnotherOriginToo() throws Exception {
    guard("Authorization", true);
    assertThat(send(base, new Request.Builder()).getHeader("Authorization")).isEqualTo(KEY);
    assertThat(
            send(other, new Request.Builder().header("Authorization", KEY))
                .getHeader("Authorization"))
        .isNull();
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    HttpUrl origin = HttpUrl.get("https://api.example.com/v1/");
    assertThat(OriginGuard.sameOrigin(HttpUrl.get("https://api.example.com/other?q=1"), origin))
        .isTrue();
    assertThat(OriginGuard.sameOrigin(HttpUrl.get("https://api.example.com:443/"), origin))
        .isTrue();
    assertThat(OriginGuard.sameOrigin(HttpUrl.get("http://api.example.com/v1/"), origin)).isFalse();
    assertThat(OriginGuard.sameOrigin(HttpUrl.get("https://api.example.org/v1/"), origin))
        .isFalse();
    assertThat(OriginGuard.sameOrigin(HttpUrl.get("https://api.example.com:8443/v1/"), origin))
        .isFalse();
  }

  @Test
  void aRegisteredCallIsMarkedWhenItsAttemptReachesTheNetwork() throws Exception {
    OriginGuard guard = guard("X-API-KEY", true);
    base.enqueue(new MockResponse().setBody("{}"));
    Call call = http.newCall(new Request.Builder().url(base.url("/x")).build());
    InFlight.Tracker attempts = new InFlight.Tracker();
    attempts.start(1);
    assertThat(attempts.reachedNetwork()).isFalse();
    inFlight.register(call, attempts, Long.MAX_VALUE);
    assertThat(inFlight.size()).isEqualTo(1);
    try (Response response = call.execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
    assertThat(attempts.reachedNetwork()).isTrue();
    attempts.start(2);
    assertThat(attempts.reachedNetwork()).as("a new attempt has not reached it yet").isFalse();
    inFlight.release(call);
    inFlight.release(call);
    assertThat(inFlight.size()).isZero();
  }
}
