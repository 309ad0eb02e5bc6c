package dev.dataexport.cli;

import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;

/**
 * The vendor clients of one command: from the vendor's environment variables or credential file,
 * or, with {@code --fake}, pointed at a sample fake started for this run. The caller closes the
 * client; the run closes the fake.
 */
final class Clients {
  private Clients() {}

  /** The Stigg client of a command. */
  static StiggClient stigg(CliRuntime runtime, ConnectionOptions connection) {
    if (connection.fake()) {
      return runtime
          .tune(fakeNote(runtime, runtime.closeAtEnd(SampleFakes.stigg())).clientBuilder())
          .build();
    }
    return runtime
        .tune(
            StiggClient.builder()
                .fromEnv(
                    connection.vendorEnv(
                        runtime, StiggClient.API_KEY_ENV, StiggClient.BASE_URL_ENV)))
        .build();
  }

  /** The LaunchDarkly client of a command. */
  static LaunchDarklyClient launchDarkly(CliRuntime runtime, ConnectionOptions connection) {
    if (connection.fake()) {
      return runtime
          .tune(fakeNote(runtime, runtime.closeAtEnd(SampleFakes.launchDarkly())).clientBuilder())
          .build();
    }
    return runtime
        .tune(
            LaunchDarklyClient.builder()
                .fromEnv(
                    connection.vendorEnv(
                        runtime,
                        LaunchDarklyClient.ACCESS_TOKEN_ENV,
                        LaunchDarklyClient.BASE_URL_ENV)))
        .build();
  }

  /** The Prequel client of a command. */
  static PrequelClient prequel(CliRuntime runtime, ConnectionOptions connection) {
    if (connection.fake()) {
      return runtime
          .tune(fakeNote(runtime, runtime.closeAtEnd(SampleFakes.prequel())).clientBuilder())
          .build();
    }
    return runtime
        .tune(
            PrequelClient.builder()
                .fromEnv(
                    connection.vendorEnv(
                        runtime, PrequelClient.API_KEY_ENV, PrequelClient.BASE_URL_ENV)))
        .build();
  }

  private static <T> T fakeNote(CliRuntime runtime, T fake) {
    // Standard error, so the result on standard output stays exactly what a real run prints.
    runtime
        .err()
        .println("note: --fake: an in-process fake with sample data; nothing leaves this machine");
    runtime.err().flush();
    return fake;
  }
}
