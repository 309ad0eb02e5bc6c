package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.TOKEN;
import static dev.dataexport.launchdarkly.TestSupport.clientFor;
import static dev.dataexport.launchdarkly.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DEBUG logs show bodies and headers, but never the token or a secret config value (canaries). */
class LogMaskingTest {
  private static final Logger HTTP_LOG = Logger.getLogger("dev.dataexport.http");

  private final List<String> lines = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (lines) {
            lines.add(record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private MockWebServer server;
  private Level previous;

  @BeforeEach
  void start() throws Exception {
    previous = HTTP_LOG.getLevel();
    HTTP_LOG.setLevel(Level.ALL);
    HTTP_LOG.addHandler(capture);
    server = new MockWebServer();
    server.start(java.net.InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() throws Exception {
    HTTP_LOG.removeHandler(capture);
    HTTP_LOG.setLevel(previous);
    server.shutdown();
  }

  @Test
  void debugLogsMaskTheTokenAndSecretConfig() {
    String segment =
        "{\"_id\":\"d\",\"kind\":\"segment\",\"version\":1,\"config\":{\"writeKey\":\"read-canary-0\"}}";
    server.enqueue(json(200, segment));
    server.enqueue(json(200, segment));
    server.enqueue(json(200, segment));
    server.enqueue(json(200, segment));
    server.enqueue(json(200, segment.replace("\"version\":1", "\"version\":2")));
    try (LaunchDarklyClient client =
        clientFor(server, new TestSupport.Waits()).logLevel(LogLevel.DEBUG).build()) {
      client.destinations().get(DestinationKey.of("p", "e", "d"));
      client
          .destinations()
          .patch(
              DestinationKey.of("p", "e", "d"),
              JsonPatch.builder()
                  .replace("/config/writeKey", "patch-canary-1")
                  .replace("/config/other", Secret.of("patch-canary-2"))
                  .build());
      client
          .destinations()
          .mergePatch(
              DestinationKey.of("p", "e", "d"),
              MergePatch.builder()
                  .set("config", MergePatch.builder().set("writeKey", "merge-canary-3"))
                  .comment("c")
                  .build());
      client
          .destinations()
          .update(
              DestinationKey.of("p", "e", "d"),
              DestinationChange.builder().config("writeKey", "update-canary-4").build());
    }
    String all = String.join("\n", lines);
    assertThat(lines).isNotEmpty();
    assertThat(all).contains("PATCH /api/v2/destinations/p/e/d").contains("\"op\":\"replace\"");
    assertThat(all)
        .doesNotContain(TOKEN)
        .doesNotContain("read-canary")
        .doesNotContain("patch-canary")
        .doesNotContain("merge-canary")
        .doesNotContain("update-canary");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }
}
