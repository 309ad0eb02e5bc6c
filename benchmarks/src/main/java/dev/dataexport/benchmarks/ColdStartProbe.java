package dev.dataexport.benchmarks;

import java.util.List;

/**
 * The program a cold-start run launches: builds one client (SDK, plain baseline or configured
 * baseline), makes one call, prints {@code done} and halts. SDK and baseline calls live in separate
 * classes, so a baseline run loads no SDK class.
 *
 * <p>Usage: {@code ColdStartProbe sdk|plain|configured <vendor> <baseUrl> <userAgent>}.
 */
public final class ColdStartProbe {
  /** The vendors measured. */
  static final List<String> VENDORS = List.of("stigg", "launchdarkly", "prequel");

  /** The variants of each call, in the order the reports list them: SDK, then both baselines. */
  static final List<String> VARIANTS = List.of("sdk", "plain", "configured");

  private ColdStartProbe() {}

  /** Runs one probe. */
  public static void main(String[] args) {
    Object result =
        args[0].equals("sdk")
            ? SdkCalls.firstCall(args[1], args[2])
            : BaselineCalls.firstCall(args[0], args[1], args[2], args[3]);
    System.out.println(result != null ? "done" : "failed: no result");
    System.out.flush();
    Runtime.getRuntime()
        .halt(0); // nothing after the first call is measured (no shutdown hooks, no pool drain)
  }

  /**
   * The User-Agent the SDK sends with the benchmark's application name, which the baselines copy.
   */
  static String sdkUserAgent() {
    return SdkCalls.userAgent();
  }
}
