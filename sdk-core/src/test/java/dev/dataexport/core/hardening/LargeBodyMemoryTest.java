package dev.dataexport.core.hardening;

import static dev.dataexport.core.support.Fixtures.JSON;
import static dev.dataexport.core.support.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.errors.InvalidResponseException;
import dev.dataexport.core.support.RecordingSleeper;
import dev.dataexport.core.support.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A 50 MB body against a client limit of 8 MiB, in a JVM whose heap (-Xmx40m, set by the {@code
 * small-heap} Surefire execution of sdk-core) could not hold it: the read stops at the limit.
 */
class LargeBodyMemoryTest {
  private static final long FIFTY_MB = 50L * 1000 * 1000;

  @Test
  void theHeapIsReallySmall() {
    assertThat(Runtime.getRuntime().maxMemory()).isLessThan(FIFTY_MB);
  }

  @Test
  void a50MegabyteBodyWithoutLengthIsCutOffAtTheLimit() throws Exception {
    assertStopsAtTheLimit(false);
  }

  @Test
  void a50MegabyteBodyWithItsLengthIsRefusedBeforeReading() throws Exception {
    assertStopsAtTheLimit(true);
  }

  private static void assertStopsAtTheLimit(boolean declareLength) throws Exception {
    AtomicLong written = new AtomicLong();
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Thread serving = new Thread(() -> serve(server, declareLength, written), "big-body");
      serving.setDaemon(true);
      serving.start();
      try (TestClient client =
          TestClient.builder()
              .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/")
              .sleeper(new RecordingSleeper())
              .maxRetries(0)
              .maxResponseBytes(8L << 20)
              .build()) {
        assertThatThrownBy(() -> client.send(get(), JSON))
            .isInstanceOf(InvalidResponseException.class)
            .hasMessageContaining("maxResponseBytes (8388608)");
      }
    }
    // The server could write only what the socket buffers took beyond what the client read.
    assertThat(written.get()).isLessThan(FIFTY_MB);
  }

  private static void serve(ServerSocket server, boolean declareLength, AtomicLong written) {
    try (Socket socket = server.accept()) {
      InputStream in = socket.getInputStream();
      byte[] head = new byte[8192];
      int read = 0;
      while (read < 4
          || !new String(head, 0, read, StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
        int n = in.read(head, read, head.length - read);
        if (n < 0) {
          return;
        }
        read += n;
      }
      OutputStream out = socket.getOutputStream();
      String headers =
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
              + (declareLength ? "Content-Length: " + FIFTY_MB + "\r\n" : "Connection: close\r\n")
              + "\r\n";
      out.write(headers.getBytes(StandardCharsets.ISO_8859_1));
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) 'x');
      for (long sent = 0; sent < FIFTY_MB; sent += chunk.length) {
        out.write(chunk);
        written.addAndGet(chunk.length);
      }
    } catch (IOException clientWentAway) {
      // expected: the client stops reading at its limit and closes the connection
    }
  }
}
