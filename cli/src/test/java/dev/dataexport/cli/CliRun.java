package dev.dataexport.cli;

import dev.dataexport.core.ClientBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Consumer;

/** One in-process run of the tool: its exit code and both streams. */
record CliRun(int code, String out, String err) {
  /** Runs {@code args} with {@code env} and no client tuning. */
  static CliRun of(Map<String, String> env, String... args) {
    return of(env, builder -> {}, args);
  }

  /** Runs {@code args} with {@code env}, applying {@code tuning} to every client builder. */
  static CliRun of(Map<String, String> env, Consumer<ClientBuilder<?>> tuning, String... args) {
    return of(env, tuning, false, Interrupts.none(), args);
  }

  /**
   * Runs {@code args} as if standard error were a terminal or not, with {@code interrupts} standing
   * in for Ctrl-C.
   */
  static CliRun of(
      Map<String, String> env,
      Consumer<ClientBuilder<?>> tuning,
      boolean terminal,
      Interrupts interrupts,
      String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliRuntime runtime =
        new CliRuntime(
            env, new PrintWriter(out), new PrintWriter(err), tuning, terminal, interrupts);
    int code = DataExportCli.run(args, runtime);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Both streams, for "never printed" checks. */
  String all() {
    return out + err;
  }
}
