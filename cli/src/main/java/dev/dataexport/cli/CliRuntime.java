package dev.dataexport.cli;

import dev.dataexport.core.ClientBuilder;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a run of the tool reads and writes: the environment variables, the two output streams and a
 * hook applied to every client builder (tests point it at the fakes' clock and sleeper).
 */
final class CliRuntime {
  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Consumer<ClientBuilder<?>> tuning;

  CliRuntime(
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      Consumer<ClientBuilder<?>> tuning) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
    this.tuning = tuning;
  }

  /** The environment variables credentials and base URLs are read from. */
  Map<String, String> env() {
    return env;
  }

  /** Standard output: the result and nothing else. */
  PrintWriter out() {
    return out;
  }

  /** Standard error: errors and progress. */
  PrintWriter err() {
    return err;
  }

  /** Applies the run's client settings to a vendor client builder, returning it. */
  <B extends ClientBuilder<B>> B tune(B builder) {
    tuning.accept(builder);
    return builder;
  }
}
