package dev.dataexport.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with a prebuilt response chosen
 * by path prefix, keeping connections alive. Per request it allocates nothing in steady state (no
 * strings, no header maps), so in {@code -prof gc} the allocation measured is the client's. It
 * reads headers up to CRLFCRLF and honours {@code Content-Length}; chunked request bodies are not
 * supported (OkHttp sends a byte[] body with a length). Optionally records the raw bytes of each
 * request, for the wire-identity check.
 */
public final class FixedResponseServer implements AutoCloseable {
  private static final byte[] NOT_FOUND = response(404, "{\"message\":\"no route\"}", Map.of());
  private static final byte[] CONTENT_LENGTH =
      "content-length:".getBytes(StandardCharsets.US_ASCII);

  private final byte[][] prefixes;
  private final byte[][] responses;
  private final ServerSocket serverSocket;
  private final List<byte[]> recorded = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();
  private volatile boolean recording;
  private volatile boolean closed;
  private final AtomicLong accepted = new AtomicLong();

  private FixedResponseServer(Map<String, byte[]> routes, int port) {
    this.prefixes = new byte[routes.size()][];
    this.responses = new byte[routes.size()][];
    int i = 0;
    for (Map.Entry<String, byte[]> route : routes.entrySet()) {
      prefixes[i] = route.getKey().getBytes(StandardCharsets.US_ASCII);
      responses[i] = route.getValue();
      i++;
    }
    try {
      this.serverSocket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("could not bind 127.0.0.1:" + port, e);
    }
    Thread acceptor = new Thread(this::acceptLoop, "fixed-response-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server on an ephemeral port; {@code routes} maps a path prefix to a full response from
   * {@link #response}.
   */
  public static FixedResponseServer start(Map<String, byte[]> routes) {
    return new FixedResponseServer(new LinkedHashMap<>(routes), 0);
  }

  /** Builds a full HTTP/1.1 response with a JSON body and the given extra headers. */
  public static byte[] response(int status, String jsonBody, Map<String, String> headers) {
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ")
            .append(status)
            .append(status == 200 ? " OK" : " Error")
            .append("\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ")
            .append(body.length)
            .append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  /** The port. */
  public int port() {
    return serverSocket.getLocalPort();
  }

  /** The connections accepted so far (a client pool that churns connections opens many). */
  public long accepted() {
    return accepted.get();
  }

  /** Starts or stops recording raw requests (off by default: recording allocates). */
  public synchronized void recording(boolean on) {
    recorded.clear();
    recording = on;
  }

  /** The raw bytes (head and body) of each request received while recording. */
  public synchronized List<byte[]> recorded() {
    return List.copyOf(recorded);
  }

  private synchronized void record(byte[] bytes) {
    recorded.add(bytes);
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = serverSocket.accept();
        accepted.incrementAndGet();
        socket.setTcpNoDelay(true);
        synchronized (sockets) {
          sockets.add(socket);
        }
        Thread handler = new Thread(() -> serve(socket), "fixed-response-" + socket.getPort());
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        if (!closed) {
          System.err.println("fixed-response server: accept failed: " + e);
        }
      }
    }
  }

  private void serve(Socket socket) {
    byte[] buf = new byte[64 * 1024];
    int filled = 0;
    try (socket;
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        int headEnd;
        while ((headEnd = headEnd(buf, filled)) < 0) {
          if (filled == buf.length) {
            out.write(
                response(
                    431, "{\"message\":\"headers too large\"}", Map.of("Connection", "close")));
            return;
          }
          int n = in.read(buf, filled, buf.length - filled);
          if (n < 0) {
            return; // client closed the connection
          }
          filled += n;
        }
        long contentLength = contentLength(buf, headEnd);
        ByteArrayOutputStream copy = null;
        if (recording) {
          copy = new ByteArrayOutputStream();
          copy.write(buf, 0, headEnd);
        }
        byte[] reply = route(buf);
        // Consume the body: what is already buffered, then the rest from the socket.
        long remaining = contentLength;
        int used = headEnd;
        int inBuffer = (int) Math.min(remaining, filled - used);
        if (copy != null) {
          copy.write(buf, used, inBuffer);
        }
        used += inBuffer;
        remaining -= inBuffer;
        while (remaining > 0) {
          int n = in.read(buf, 0, (int) Math.min(buf.length, remaining));
          if (n < 0) {
            return;
          }
          if (copy != null) {
            copy.write(buf, 0, n);
          }
          remaining -= n;
          used = 0;
          filled = 0;
        }
        if (filled > used) { // a pipelined next request: keep its bytes
          System.arraycopy(buf, used, buf, 0, filled - used);
        }
        filled = Math.max(0, filled - used);
        if (copy != null) {
          record(copy.toByteArray());
        }
        out.write(reply);
        out.flush();
      }
    } catch (IOException e) {
      // the client went away; nothing to do
    } finally {
      synchronized (sockets) { // a client that churns connections must not grow the list
        sockets.remove(socket);
      }
    }
  }

  /** The index just past CRLFCRLF, or -1. */
  private static int headEnd(byte[] buf, int filled) {
    for (int i = 3; i < filled; i++) {
      if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  private static long contentLength(byte[] buf, int headEnd) {
    for (int line = 0; line < headEnd; ) {
      if (matchesIgnoreCase(buf, line, CONTENT_LENGTH)) {
        long value = 0;
        for (int i = line + CONTENT_LENGTH.length; i < headEnd && buf[i] != '\r'; i++) {
          if (buf[i] >= '0' && buf[i] <= '9') {
            value = value * 10 + (buf[i] - '0');
          }
        }
        return value;
      }
      while (line < headEnd && buf[line] != '\n') {
        line++;
      }
      line++;
    }
    return 0;
  }

  private byte[] route(byte[] buf) {
    int pathStart = 0;
    while (buf[pathStart] != ' ') {
      pathStart++;
    }
    pathStart++;
    for (int r = 0; r < prefixes.length; r++) {
      if (matches(buf, pathStart, prefixes[r])) {
        return responses[r];
      }
    }
    return NOT_FOUND;
  }

  private static boolean matches(byte[] buf, int offset, byte[] prefix) {
    if (offset + prefix.length > buf.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (buf[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean matchesIgnoreCase(byte[] buf, int offset, byte[] lowerPrefix) {
    if (offset + lowerPrefix.length > buf.length) {
      return false;
    }
    for (int i = 0; i < lowerPrefix.length; i++) {
      byte b = buf[offset + i];
      if (b >= 'A' && b <= 'Z') {
        b = (byte) (b + ('a' - 'A'));
      }
      if (b != lowerPrefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Stops accepting and closes every connection. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    synchronized (sockets) {
      for (Socket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing anyway
        }
      }
    }
  }

  /**
   * Runs the server as its own process (for the cold-start measurement): serves every vendor's
   * fixture, prints {@code port=<n>} and waits until stdin closes.
   */
  public static void main(String[] args) throws IOException {
    try (FixedResponseServer server = start(Fixtures.routes())) {
      System.out.println("port=" + server.port());
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the parent to close stdin
      }
    }
  }
}
