package dev.dataexport.core.spi;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.clientFor;
import static dev.dataexport.core.support.Fixtures.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.support.Fixtures;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The credential is set once with the fixed headers when the SDK built the OkHttpClient (nothing
 * else sees the request), and added by the network interceptor, after the caller's interceptors,
 * when the caller supplied one.
 */
class CredentialPlacementTest {
  private final MockWebServer server = Fixtures.startServer();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void anSdkBuiltClientSendsTheCredentialOnceWithTheFixedHeaders() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    try (TestClient client = clientFor(server, new RecordingSleeper()).build()) {
      client.send(patch(), JSON);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().values("X-API-KEY")).containsExactly("test-key");
    List<String> names = new java.util.ArrayList<>();
    // By index: iterating Headers yields kotlin.Pair, which would make the Kotlin stdlib a test
    // dependency.
    for (int i = 0; i < request.getHeaders().size(); i++) {
      names.add(request.getHeaders().name(i));
    }
    assertThat(names.indexOf("X-API-KEY"))
        .as("with the fixed headers, before OkHttp's own, in " + names)
        .isBetween(names.indexOf("Accept") + 1, names.indexOf("Content-Type") - 1);
  }

  @Test
  void aSuppliedClientsInterceptorsNeverSeeTheCredential() throws Exception {
    server.enqueue(new MockResponse().setBody("{}"));
    List<String> seenByCallerInterceptor = new CopyOnWriteArrayList<>();
    OkHttpClient supplied =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seenByCallerInterceptor.add(String.valueOf(chain.request().header("X-API-KEY")));
                  return chain.proceed(chain.request());
                })
            .build();
    try (TestClient client =
        clientFor(server, new RecordingSleeper()).okHttpClient(supplied).build()) {
      client.send(patch(), JSON);
    }
    assertThat(seenByCallerInterceptor).containsExactly("null");
    assertThat(server.takeRequest().getHeaders().values("X-API-KEY")).containsExactly("test-key");
  }
}
