package dev.dataexport.benchmarks;

/**
 * The SDK calls, with the same inputs as {@link BaselineCalls}. Each call builds its request with the SDK's
 * builders, as application code would.
 */
public final class SdkCalls {
  private SdkCalls() {}

  /** The User-Agent the SDK sends for the benchmark application. */
  static String userAgent() {
    return "bench/1.0";
  }

  /** One call of {@code vendor} with a freshly built client, for the cold-start probe. */
  static Object firstCall(String vendor, String baseUrl) {
    throw new UnsupportedOperationException("vendor modules not merged yet: " + vendor + " " + baseUrl);
  }
}
