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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DataExportCli.run(args, env, new PrintWriter(out), new PrintWriter(err), tuning);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Both streams, for "never printed" checks. */
  String all() {
    return out + err;
  }
}
