package dev.dataexport.cli;

import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dataexport stigg fleet}: one Stigg change applied to many destinations. */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Change many Stigg destinations: plan first (the default), then --apply.",
    subcommands = {StiggFleetCommand.UpdateSelectionCommand.class})
final class StiggFleetCommand {
  private StiggFleetCommand() {}

  /**
   * {@code fleet update-selection --ids-from FILE --integration ID --model M ...}: Stigg cannot
   * read a destination's selection, so every id gets the write.
   */
  @Command(
      name = "update-selection",
      description =
          "Give every destination of --ids-from the same model selection; Stigg has no read of"
              + " one destination, so each id is written.")
  static final class UpdateSelectionCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Mixin OutputOptions output;

    @Mixin FleetOptions fleet;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Option(
        names = "--ids-from",
        required = true,
        paramLabel = "FILE",
        description = "Destination ids, one per line (- reads standard input; # starts a comment).")
    String idsFrom;

    @Option(
        names = "--integration",
        required = true,
        paramLabel = "INTEGRATION_ID",
        description = "The data-export integration the destinations belong to.")
    String integrationId;

    @Option(
        names = "--model",
        required = true,
        paramLabel = "MODEL",
        description = "A model to export; repeat for each.")
    List<String> models;

    @Override
    public Integer call() {
      CliRuntime runtime = DataExportCli.runtimeOf(spec);
      UpdateSelectionRequest request =
          UpdateSelectionRequest.builder()
              .integrationId(integrationId)
              .addAllEnabledModels(models)
              .build();
      try (StiggClient client = Clients.stigg(runtime, connection);
          Stream<String> ids = ItemSource.lines(idsFrom)) {
        FleetOperation.Builder<String, String> operation =
            FleetOperation.over(ids)
                .change(
                    (id, same) ->
                        FleetWrite.of(
                            PlannedRequest.of(
                                "PATCH",
                                List.of("api", "v1", "data-export", "destinations", id),
                                request),
                            () ->
                                client
                                    .destinations()
                                    .withRawResponse()
                                    .updateSelection(id, request)));
        return FleetRunner.run(runtime, fleet, output, client.options(), operation);
      }
    }
  }
}
