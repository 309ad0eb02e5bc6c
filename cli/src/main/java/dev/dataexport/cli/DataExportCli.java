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
    System.exit(run(args, System.getenv(), out, err, builder -> {}));
  }

  /** Runs the tool in this process and returns its exit code; for tests and embedding. */
  static int run(
      String[] args,
      Map<String, String> env,
      PrintWriter out,
      PrintWriter err,
      Consumer<ClientBuilder<?>> tuning) {
    CommandLine line = commandLine(new CliRuntime(env, out, err, tuning));
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
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
