package dev.dataexport.prequel;

import static dev.dataexport.prequel.VendorBlockCases.CANARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ClientOptions.LogLevel;
import dev.dataexport.core.Secret;
import dev.dataexport.prequel.config.VendorBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No secret (every one carries a canary) shows in toString(), logs or exceptions; it is only in
 * request bodies.
 */
class SecretMaskingTest {
  private MockWebServer server;
  private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private final Logger logger = Logger.getLogger("dev.dataexport.http");

  @BeforeEach
  void start() {
    server = TestSupport.server();
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @AfterEach
  void stop() throws Exception {
    logger.removeHandler(handler);
    logger.setLevel(null);
    server.shutdown();
  }

  static Iterable<VendorBlockCases.Case> cases() {
    return VendorBlockCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void secretsAreMaskedInToStringAndLogsButSentInTheBody(VendorBlockCases.Case c) throws Exception {
    VendorBlock block = c.block();
    DestinationUpdate update = DestinationUpdate.builder().vendor(block).build();
    server.enqueue(TestSupport.ok());
    try (PrequelClient client =
        TestSupport.clientBuilder(server, new ArrayList<>()).logLevel(LogLevel.DEBUG).build()) {
      client.destinations().update("dst_1", update);
    }

    String sent = server.takeRequest().getBody().readUtf8();
    assertThat(sent.contains(CANARY)).isEqualTo(c.json().contains(CANARY));
    assertThat(block.toString()).doesNotContain(CANARY);
    assertThat(update.toString()).doesNotContain(CANARY);
    assertThat(logLines).isNotEmpty().noneMatch(line -> line.contains(CANARY));
  }

  @Test
  void apiKeyNeverShowsInToStringOrErrors() {
    server.enqueue(
        new MockResponse()
            .setResponseCode(401)
            .setBody("{\"status\":\"error\",\"message\":\"bad key " + TestSupport.API_KEY + "\"}"));
    try (PrequelClient client = TestSupport.client(server)) {
      assertThat(client.toString()).doesNotContain(TestSupport.API_KEY);
      assertThat(client.options().toString()).doesNotContain(TestSupport.API_KEY);
      assertThatThrownBy(() -> client.destinations().get("d"))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestSupport.API_KEY))
          .satisfies(
              e ->
                  assertThat(((dev.dataexport.core.errors.ApiException) e).body())
                      .doesNotContain(TestSupport.API_KEY));
    }
  }

  @Test
  void invalidKeysAreRejectedWithoutEchoingThem() {
    assertThatThrownBy(() -> PrequelClient.builder().apiKey(CANARY + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(CANARY));
    assertThat(Secret.of(CANARY).toString()).isEqualTo("****");
  }
}
