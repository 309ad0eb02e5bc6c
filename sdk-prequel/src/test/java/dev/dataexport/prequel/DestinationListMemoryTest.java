package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Iterating 10,000 destinations holds one page at a time. Runs in its own JVM with {@code -Xmx40m}
 * (the {@code small-heap} execution of this module's pom): each destination carries about 8 KB, so
 * the whole list is about 80 MB and keeping it, or even a tenth of the pages, would fail here.
 */
class DestinationListMemoryTest {
  private static final int TOTAL = 10_000;
  private static final int PAGE_SIZE = 100;
  private static final String PADDING = "x".repeat(8 * 1024);

  @Test
  void iteratesTenThousandDestinationsWithASmallHeap() throws IOException {
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              HttpUrl url = request.getRequestUrl();
              String cursor = url.queryParameter("cursor");
              int from = cursor == null ? 0 : Integer.parseInt(cursor);
              return new MockResponse()
                  .setHeader("Content-Type", "application/json")
                  .setBody(page(server, from));
            }
          });
      server.start(InetAddress.getLoopbackAddress(), 0);
      try (PrequelClient client = TestSupport.client(server)) {
        long count = 0;
        long idSum = 0;
        for (Destination d :
            client
                .destinations()
                .list(ListDestinationsRequest.builder().pageSize(PAGE_SIZE).build())
                .autoPager()) {
          count++;
          idSum += Long.parseLong(d.id().substring(4));
          assertThat(d.name()).hasValueSatisfying(name -> assertThat(name).hasSize(8 * 1024));
        }
        assertThat(count).isEqualTo(TOTAL);
        assertThat(idSum).isEqualTo((long) TOTAL * (TOTAL - 1) / 2);
        assertThat(server.getRequestCount()).isEqualTo(TOTAL / PAGE_SIZE);
      }
    }
  }

  private static String page(MockWebServer server, int from) {
    StringBuilder body = new StringBuilder("{\"status\":\"success\",\"data\":{\"destinations\":[");
    for (int i = from; i < from + PAGE_SIZE; i++) {
      body.append(i == from ? "" : ",")
          .append("{\"id\":\"dst_")
          .append(i)
          .append("\",\"vendor\":\"postgres\",\"name\":\"")
          .append(PADDING)
          .append("\"}");
    }
    int next = from + PAGE_SIZE;
    body.append("]},\"has_next\":").append(next < TOTAL);
    if (next < TOTAL) {
      body.append(",\"next_url\":\"")
          .append(server.url("/destinations?cursor=" + next))
          .append('"');
    }
    return body.append('}').toString();
  }
}
