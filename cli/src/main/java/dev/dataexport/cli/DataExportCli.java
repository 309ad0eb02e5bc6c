package dev.dataexport.cli;

import dev.dataexport.core.ClientBuilder;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dataexport} command: one subcommand per vendor, each mirroring the SDK's calls with
 * the SDK's names. Credentials come only from environment variables or files.
 */
@Command(
    name = "dataexport",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Change Stigg, LaunchDarkly and Prequel data-export destinations.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  the API refused the call (status, vendor code and request id on standard error)",
      "  2  usage error: nothing was sent",
      "  3  a fleet finished with failures",
      "  4  interrupted",
      "  5  connection failure, timeout or unreadable response"
    },
    subcommands = {
      PrequelCommand.class,
      StiggCommand.class,
      LaunchDarklyCommand.class,
      CommandLine.HelpCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class DataExportCli {
  private final CliRuntime runtime;

  DataExportCli(CliRuntime runtime) {
    this.runtime = runtime;
  }

  /** Runs the tool with the process environment and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Map<String, String> env = System.getenv();
    // Java 17 cannot ask about standard error alone; a console means an interactive session.
    boolean terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
    Interrupts interrupts =
        Interrupts.shutdownHook(
            () -> {
              out.flush();
              err.flush();
            });
    System.exit(run(args, new CliRuntime(env, out, err, builder -> {}, terminal, interrupts)));
  }

  /** Runs the tool in this process and returns its exit code; for tests and embedding. */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      Consumer<ClientBuilder<?>> tuning) {
    return run(args, new CliRuntime(env, out, err, tuning));
  }

  /** Runs the tool in this process with {@code runtime} and returns its exit code. */
  static int run(String[] args, CliRuntime runtime) {
    try {
      return commandLine(runtime).execute(args);
    } finally {
      runtime.closeAll();
      runtime.out().flush();
      runtime.err().flush();
    }
  }

  /** The configured command line of one run. */
  static CommandLine commandLine(CliRuntime runtime) {
    CommandLine line = new CommandLine(new DataExportCli(runtime));
    line.setOut(runtime.out());
    line.setErr(runtime.err());
    line.setParameterExceptionHandler(new UsageErrors());
    line.setExecutionExceptionHandler(new FailureReporter());
    return line;
  }

  /** The run's streams and environment, for the subcommands. */
  CliRuntime runtime() {
    return runtime;
  }

  /** The runtime of the run a subcommand belongs to. */
  static CliRuntime runtimeOf(CommandLine.Model.CommandSpec spec) {
    return ((DataExportCli) spec.root().userObject()).runtime();
  }
}
