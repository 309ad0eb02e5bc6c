package dev.dataexport.prequel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the wire tests share: a fresh MockWebServer on 127.0.0.1 for each test and a client pointed
 * at it whose retry waits are recorded in {@link #waits}, never slept.
 */
abstract class MockServerTest {
  /** Every wait the client's sleeper was asked for, in order. */
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

  MockWebServer server;
  PrequelClient client;

  @BeforeEach
  final void startServer() {
    server = TestSupport.server();
    client = configure(TestSupport.clientBuilder(server, waits)).build();
  }

  @AfterEach
  final void stopServer() throws Exception {
    client.close();
    server.shutdown();
  }

  /** Adjusts the client before it is built; by default it stays as {@link TestSupport} makes it. */
  PrequelClient.Builder configure(PrequelClient.Builder builder) {
    return builder;
  }
}
