package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * Cancelling the future of an async call cancels the HTTP call; cancelling an async update sends no
 * patch.
 */
class AsyncCancellationTest {
  @Test
  void cancellingGetAsyncCancelsTheHttpCall() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      CountDownLatch canceled = new CountDownLatch(1);
      try (LaunchDarklyClient ld = clientNotifying(server, canceled)) {
        CompletableFuture<Destination> future =
            ld.destinations().getAsync(DestinationKey.of("proj", "prod", "dest-1"));
        server.takeRequest(5, TimeUnit.SECONDS);

        future.cancel(true);

        assertThat(canceled.await(5, TimeUnit.SECONDS)).as("OkHttp call canceled").isTrue();
      }
    }
  }

  @Test
  void cancellingUpdateAsyncDuringTheReadSendsNoPatch() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      server.enqueue(TestSupport.destination(2, true, "{\"topic\":\"a\"}"));
      CountDownLatch canceled = new CountDownLatch(1);
      try (LaunchDarklyClient ld = clientNotifying(server, canceled)) {
        CompletableFuture<Destination> future =
            ld.destinations()
                .updateAsync(
                    DestinationKey.of("proj", "prod", "dest-1"),
                    DestinationChange.builder().on(false).build());
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getMethod()).isEqualTo("GET");

        future.cancel(true);

        assertThat(canceled.await(5, TimeUnit.SECONDS)).as("the read was canceled").isTrue();
        assertThat(server.takeRequest(300, TimeUnit.MILLISECONDS))
            .as("no patch after cancel")
            .isNull();
        assertThat(future).isCancelled();
      }
    }
  }

  private static LaunchDarklyClient clientNotifying(MockWebServer server, CountDownLatch canceled) {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void canceled(Call call) {
                    canceled.countDown();
                  }
                })
            .build();
    return TestSupport.clientFor(server, new TestSupport.Waits()).okHttpClient(http).build();
  }
}
