package dev.dataexport.cli;

import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dataexport stigg}: the Stigg SDK's destination calls. */
@Command(
    name = "stigg",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Stigg data-export destinations (credential: STIGG_API_KEY).",
    subcommands = {StiggCommand.UpdateSelectionCommand.class})
final class StiggCommand {
  private StiggCommand() {}

  /** What every Stigg call shares: the connection, the output format, and the client. */
  abstract static class Call implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Mixin OutputOptions output;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() {
      CliRuntime runtime = DataExportCli.runtimeOf(spec);
      Map<String, String> env =
          connection.vendorEnv(runtime, StiggClient.API_KEY_ENV, StiggClient.BASE_URL_ENV);
      try (StiggClient client = runtime.tune(StiggClient.builder().fromEnv(env)).build()) {
        run(client, runtime);
      }
      return ExitCodes.OK;
    }

    /** Makes the call and prints its result. */
    abstract void run(StiggClient client, CliRuntime runtime);
  }

  /** The destination table's columns. */
  static Table destinations(DestinationList list) {
    Table table = Table.of("DESTINATION_ID", "TYPE", "CONNECTION", "LAST_SYNC", "MODELS");
    for (Destination d : list.destinations()) {
      table.row(
          d.destinationId(),
          d.type(),
          d.connectionStatus(),
          d.lastSyncStatus(),
          d.selectsFullCatalog() ? "(full catalog)" : d.enabledModels().orElse(List.of()));
    }
    return table;
  }

  /** {@code update-selection <destinationId> --integration <id> --model customers ...}. */
  @Command(
      name = "update-selection",
      description =
          "Choose which models a destination exports; prints the integration's destinations.")
  static final class UpdateSelectionCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Option(
        names = "--integration",
        required = true,
        paramLabel = "INTEGRATION_ID",
        description = "The data-export integration the destination belongs to.")
    String integrationId;

    @Option(
        names = "--model",
        required = true,
        paramLabel = "MODEL",
        description = "A model to export (e.g. customers); repeat for each.")
    List<String> models;

    @Override
    void run(StiggClient client, CliRuntime runtime) {
      UpdateSelectionRequest request =
          UpdateSelectionRequest.builder()
              .integrationId(integrationId)
              .addAllEnabledModels(models)
              .build();
      DestinationList list = client.destinations().updateSelection(destinationId, request);
      Printer.print(runtime, output, list, () -> destinations(list));
    }
  }
}
