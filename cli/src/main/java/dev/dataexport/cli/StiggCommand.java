package dev.dataexport.cli;

import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.Destination;
import dev.dataexport.stigg.DestinationDeletion;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.DestinationType;
import dev.dataexport.stigg.ExportModel;
import dev.dataexport.stigg.ModelCatalog;
import dev.dataexport.stigg.ModelGroup;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.LinkedHashMap;
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
    subcommands = {
      StiggCommand.CreateCommand.class,
      StiggCommand.UpdateSelectionCommand.class,
      StiggCommand.DeleteCommand.class,
      StiggCommand.ModelsCommand.class,
      StiggSyncCommand.class,
      StiggScopedTokenCommand.class,
      StiggFleetCommand.class
    })
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
      try (StiggClient client = Clients.stigg(runtime, connection)) {
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

  /** {@code create <destinationId> --type snowflake [--model M ...]}: idempotent on the id. */
  @Command(
      name = "create",
      description =
          "Create a destination (idempotent on its id); without --model it exports the full"
              + " catalog. Prints the integration's destinations.")
  static final class CreateCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Option(
        names = "--type",
        required = true,
        paramLabel = "TYPE",
        description = "The warehouse type (snowflake, bigquery, or any type Stigg takes).")
    String type;

    @Option(
        names = "--model",
        paramLabel = "MODEL",
        description = "A model to export; repeat for each (default: the full catalog).")
    List<String> models = List.of();

    @Override
    void run(StiggClient client, CliRuntime runtime) {
      CreateDestinationRequest.Builder request =
          CreateDestinationRequest.builder()
              .destinationId(destinationId)
              .destinationType(DestinationType.of(type));
      // The SDK reads an empty selection as "given", which must have an item: add only real ones.
      if (!models.isEmpty()) {
        request.addAllEnabledModels(models);
      }
      DestinationList list = client.destinations().create(request.build());
      Printer.print(runtime, output, list, () -> destinations(list));
    }
  }

  /** {@code delete <destinationId>}: prints the destinations left. */
  @Command(name = "delete", description = "Delete a destination; prints the destinations left.")
  static final class DeleteCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    void run(StiggClient client, CliRuntime runtime) {
      DestinationDeletion deletion = client.destinations().delete(destinationId);
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("destinationId", destinationId);
      value.put("deleted", true);
      value.put("wasGoneOnRetry", deletion.wasGoneOnRetry());
      deletion.destinations().ifPresent(list -> value.put("destinations", list.destinations()));
      Printer.print(
          runtime,
          output,
          value,
          () ->
              deletion
                  .destinations()
                  .map(StiggCommand::destinations)
                  .orElseGet(
                      () ->
                          Table.of("DESTINATION_ID", "RESULT")
                              .row(destinationId, "gone on retry")));
    }
  }

  /** {@code models}: the data-export catalog, one row per model. */
  @Command(name = "models", description = "List the catalog of models a destination can export.")
  static final class ModelsCommand extends Call {
    @Override
    void run(StiggClient client, CliRuntime runtime) {
      ModelCatalog catalog = client.models().list();
      Printer.print(
          runtime,
          output,
          catalog,
          () -> {
            Table table = Table.of("GROUP", "MODEL", "NAME");
            for (ModelGroup group : catalog.groups()) {
              for (ExportModel model : group.models()) {
                table.row(group.id(), model.id(), model.displayName());
              }
            }
            return table;
          });
    }
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
