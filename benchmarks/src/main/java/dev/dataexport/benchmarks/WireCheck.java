package dev.dataexport.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Proves that the SDK and its baseline put the same request on the wire, byte for byte: request
 * line, every header line in order, and the body. When they differ, the message says where.
 */
public final class WireCheck {
  private WireCheck() {}

  /**
   * Records one call of each side and throws {@link IllegalStateException} describing any
   * difference.
   */
  public static void assertSameRequest(
      FixedResponseServer server, String what, Runnable sdk, Runnable baseline) {
    byte[] sdkBytes = record(server, sdk);
    byte[] baselineBytes = record(server, baseline);
    String difference =
        Arrays.equals(sdkBytes, baselineBytes) ? null : difference(sdkBytes, baselineBytes);
    if (difference != null) {
      throw new IllegalStateException(
          what
              + ": the SDK and the baseline send different requests: "
              + difference
              + "\n--- SDK ---\n"
              + text(sdkBytes)
              + "\n--- baseline ---\n"
              + text(baselineBytes));
    }
  }

  private static byte[] record(FixedResponseServer server, Runnable call) {
    server.recording(true);
    try {
      call.run();
      List<byte[]> recorded = server.recorded();
      if (recorded.size() != 1) {
        throw new IllegalStateException("expected one request, got " + recorded.size());
      }
      return recorded.get(0);
    } finally {
      server.recording(false);
    }
  }

  /** What differs between two requests that are not byte-identical. */
  static String difference(byte[] sdk, byte[] baseline) {
    Request a = Request.parse(sdk);
    Request b = Request.parse(baseline);
    if (!a.requestLine.equals(b.requestLine)) {
      return "request line '" + a.requestLine + "' vs '" + b.requestLine + "'";
    }
    List<String> sortedA = new ArrayList<>(a.headers);
    List<String> sortedB = new ArrayList<>(b.headers);
    Collections.sort(sortedA);
    Collections.sort(sortedB);
    if (!sortedA.equals(sortedB)) {
      List<String> onlySdk = new ArrayList<>(sortedA);
      onlySdk.removeAll(sortedB);
      List<String> onlyBaseline = new ArrayList<>(sortedB);
      onlyBaseline.removeAll(sortedA);
      return "headers only in the SDK's request "
          + onlySdk
          + ", only in the baseline's "
          + onlyBaseline;
    }
    if (!Arrays.equals(a.body, b.body)) {
      return "bodies differ:\n  SDK      "
          + new String(a.body, StandardCharsets.UTF_8)
          + "\n  baseline "
          + new String(b.body, StandardCharsets.UTF_8);
    }
    if (!a.headers.equals(b.headers)) {
      return "header order differs: " + a.headers + " vs " + b.headers;
    }
    return "lengths differ: " + sdk.length + " vs " + baseline.length;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static final class Request {
    final String requestLine;
    final List<String> headers;
    final byte[] body;

    private Request(String requestLine, List<String> headers, byte[] body) {
      this.requestLine = requestLine;
      this.headers = headers;
      this.body = body;
    }

    static Request parse(byte[] raw) {
      String all = new String(raw, StandardCharsets.ISO_8859_1);
      int headEnd = all.indexOf("\r\n\r\n");
      String[] lines = all.substring(0, headEnd).split("\r\n");
      List<String> headers = new ArrayList<>(Arrays.asList(lines).subList(1, lines.length));
      return new Request(lines[0], headers, Arrays.copyOfRange(raw, headEnd + 4, raw.length));
    }
  }
}
