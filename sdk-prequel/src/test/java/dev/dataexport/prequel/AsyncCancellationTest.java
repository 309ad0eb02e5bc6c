package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Cancelling the future of an async call cancels the HTTP call. */
class AsyncCancellationTest {
  @Test
  void cancellingUpdateAsyncCancelsTheHttpCall() throws Exception {
    try (MockWebServer server = TestSupport.server()) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      CountDownLatch canceled = new CountDownLatch(1);
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
      try (PrequelClient prequel =
          TestSupport.clientBuilder(server, new ArrayList<>()).okHttpClient(http).build()) {
        CompletableFuture<Destination> future =
            prequel
                .destinations()
                .updateAsync("dst_1", DestinationUpdate.builder().frequencyMinutes(15).build());
        server.takeRequest(5, TimeUnit.SECONDS);

        future.cancel(true);

        assertThat(canceled.await(5, TimeUnit.SECONDS)).as("OkHttp call canceled").isTrue();
      }
    }
  }
}
