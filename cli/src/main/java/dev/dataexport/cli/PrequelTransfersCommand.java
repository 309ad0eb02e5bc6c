package dev.dataexport.cli;

import dev.dataexport.prequel.Page;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.Transfer;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataexport prequel transfers}: reading transfers. */
@Command(
    name = "transfers",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Read transfers.",
    subcommands = {
      PrequelTransfersCommand.ListCommand.class,
      PrequelTransfersCommand.GetCommand.class
    })
final class PrequelTransfersCommand {
  private PrequelTransfersCommand() {}

  /** {@code transfers list [--destination ID] [--status S]}. */
  @Command(
      name = "list",
      description = "List transfers (every page), newest first as Prequel sends them.")
  static final class ListCommand extends PrequelCommand.Call {
    @Option(
        names = "--destination",
        paramLabel = "DESTINATION_ID",
        description = "Only this destination's transfers.")
    String destinationId;

    @Option(
        names = "--status",
        paramLabel = "STATUS",
        description = "Only transfers in this status (e.g. SUCCESS).")
    String status;

    @Option(names = "--page-size", paramLabel = "N", description = "Transfers per page.")
    Integer pageSize;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      var request = PrequelCommand.transfersRequest(pageSize, status);
      Page<Transfer> first =
          destinationId == null
              ? client.transfers().list(request)
              : client.transfers().listForDestination(destinationId, request);
      List<Transfer> all = first.autoPager().stream().toList();
      print(runtime, all, () -> PrequelCommand.transfers(all));
    }
  }

  /** {@code transfers get <transferId>}. */
  @Command(name = "get", description = "Show one transfer.")
  static final class GetCommand extends PrequelCommand.Call {
    @Parameters(paramLabel = "TRANSFER_ID")
    String transferId;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      Transfer transfer = client.transfers().get(transferId);
      print(runtime, transfer, () -> PrequelCommand.transfers(List.of(transfer)));
    }
  }
}
