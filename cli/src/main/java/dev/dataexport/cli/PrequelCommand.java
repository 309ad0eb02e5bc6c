package dev.dataexport.cli;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.prequel.ConnectionTest;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.ListTransfersRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.StartTransferRequest;
import dev.dataexport.prequel.Transfer;
import dev.dataexport.prequel.TransferStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dataexport prequel}: the Prequel SDK's destination and transfer calls. */
@Command(
    name = "prequel",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Prequel destinations and transfers (credential: PREQUEL_API_KEY).",
    subcommands = {
      PrequelCommand.ListCommand.class,
      PrequelCommand.GetCommand.class,
      PrequelCommand.CreateCommand.class,
      PrequelCommand.UpdateCommand.class,
      PrequelCommand.DeleteCommand.class,
      PrequelCommand.TestDestinationCommand.class,
      PrequelCommand.TestConnectionCommand.class,
      PrequelCommand.TransferCommand.class,
      PrequelTransfersCommand.class
    })
final class PrequelCommand {
  private PrequelCommand() {}

  /** What every Prequel call shares: the connection, the output format, and the client. */
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
      try (PrequelClient client = Clients.prequel(runtime, connection)) {
        run(client, runtime);
      }
      return ExitCodes.OK;
    }

    /** Makes the call and prints its result. */
    abstract void run(PrequelClient client, CliRuntime runtime);

    void print(CliRuntime runtime, Object value, java.util.function.Supplier<Table> table) {
      Printer.print(runtime, output, value, table);
    }
  }

  /** The destination table's columns. */
  static Table destinations(List<Destination> destinations) {
    Table table = Table.of("ID", "NAME", "VENDOR", "ENABLED", "FREQUENCY_MINUTES", "MODELS");
    for (Destination d : destinations) {
      table.row(
          d.id(), d.name(), d.vendor(), d.isEnabled(), d.frequencyMinutes(), d.enabledModels());
    }
    return table;
  }

  /** The transfer table's columns. */
  static Table transfers(List<Transfer> transfers) {
    Table table = Table.of("ID", "DESTINATION", "STATUS", "SUBMITTED_AT", "ENDED_AT", "ROWS");
    for (Transfer t : transfers) {
      table.row(
          t.id(), t.destinationId(), t.status(), t.submittedAt(), t.endedAt(), t.rowsTransferred());
    }
    return table;
  }

  /** {@code list}: every destination, following the pages. */
  @Command(name = "list", description = "List destinations (every page).")
  static final class ListCommand extends Call {
    @Option(names = "--page-size", paramLabel = "N", description = "Destinations per page.")
    Integer pageSize;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      ListDestinationsRequest.Builder request = ListDestinationsRequest.builder();
      if (pageSize != null) {
        request.pageSize(pageSize);
      }
      List<Destination> all =
          client.destinations().list(request.build()).autoPager().stream().toList();
      print(runtime, all, () -> destinations(all));
    }
  }

  /** {@code get <id>}. */
  @Command(name = "get", description = "Show one destination.")
  static final class GetCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      Destination d = client.destinations().get(destinationId);
      print(runtime, d, () -> destinations(List.of(d)));
    }
  }

  /** {@code update <id> --frequency-minutes 60 ...}: only the options given are sent. */
  @Command(name = "update", description = "Change a destination; only the given options are sent.")
  static final class UpdateCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Mixin PrequelChangeOptions change;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      Destination d = client.destinations().update(destinationId, change.update());
      print(runtime, d, () -> destinations(List.of(d)));
    }
  }

  /** {@code create --name N --recipient R --vendor-block FILE ...}. */
  @Command(name = "create", description = "Create a destination.")
  static final class CreateCommand extends Call {
    @Mixin PrequelNewDestinationOptions destination;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      Destination d = client.destinations().create(destination.destination());
      print(runtime, d, () -> destinations(List.of(d)));
    }
  }

  /** {@code test-destination --name N --recipient R --vendor-block FILE ...}: nothing is saved. */
  @Command(
      name = "test-destination",
      description = "Test a destination's configuration before it is created; nothing is saved.")
  static final class TestDestinationCommand extends Call {
    @Mixin PrequelNewDestinationOptions destination;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      ConnectionTest test = client.destinations().test(destination.destination());
      print(runtime, connectionTestJson(test), () -> connectionTest(test));
    }
  }

  /** {@code delete <id>}. */
  @Command(name = "delete", description = "Delete a destination.")
  static final class DeleteCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      DeleteResult result = client.destinations().delete(destinationId);
      Map<String, Object> value =
          Map.of("id", destinationId, "deleted", true, "wasGoneOnRetry", result.wasGoneOnRetry());
      print(
          runtime,
          value,
          () ->
              Table.of("ID", "RESULT")
                  .row(destinationId, result.wasGoneOnRetry() ? "gone on retry" : "deleted"));
    }
  }

  /** The connection test's columns. */
  static Table connectionTest(ConnectionTest test) {
    return Table.of("STATUS", "MESSAGE").row(test.status(), test.message());
  }

  /** The connection test as JSON: the model has no JSON names of its own. */
  static Map<String, Object> connectionTestJson(ConnectionTest test) {
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("status", test.status().value());
    json.put("message", test.message().orElse(null));
    json.put("passed", test.passed());
    return json;
  }

  /** {@code test-connection <id> [changes]}: with change options, laid over the saved config. */
  @Command(
      name = "test-connection",
      description =
          "Test a saved destination's connection; with change options (e.g. --vendor-block with a"
              + " new password), test it with them laid over, saving nothing.")
  static final class TestConnectionCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Mixin PrequelChangeOptions change;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      ConnectionTest test =
          change.isEmpty()
              ? client.destinations().testConnection(destinationId)
              : client.destinations().testWithChanges(destinationId, change.update());
      print(runtime, connectionTestJson(test), () -> connectionTest(test));
    }
  }

  /**
   * {@code transfer <id> [--wait]}: starts a transfer, and with {@code --wait} waits for its end.
   */
  @Command(name = "transfer", description = "Start a transfer; --wait waits for its final status.")
  static final class TransferCommand extends Call {
    @Parameters(paramLabel = "DESTINATION_ID")
    String destinationId;

    @Option(names = "--full-refresh", description = "Transfer everything, not only changes.")
    boolean fullRefresh;

    @Option(names = "--model", paramLabel = "MODEL", description = "Transfer only these models.")
    List<String> models = List.of();

    @Option(
        names = "--wait",
        description = "Wait until the transfer succeeds, fails or is cancelled.")
    boolean await;

    @Option(
        names = "--timeout",
        paramLabel = "DURATION",
        description = "How long --wait waits (ISO-8601, e.g. PT30M); default ${DEFAULT-VALUE}.",
        defaultValue = "PT1H")
    Duration timeout;

    @Override
    void run(PrequelClient client, CliRuntime runtime) {
      StartTransferRequest.Builder request = StartTransferRequest.builder().addAllModels(models);
      if (fullRefresh) {
        request.fullRefresh(true);
      }
      String transferId = client.transfers().start(destinationId, request.build());
      if (!await) {
        print(
            runtime,
            Map.of("transferId", transferId),
            () -> Table.of("TRANSFER_ID").row(transferId));
        return;
      }
      runtime.err().println("waiting for transfer " + transferId + " ...");
      runtime.err().flush();
      Transfer transfer = client.transfers().awaitFinalStatus(transferId, timeout);
      print(runtime, transfer, () -> transfers(List.of(transfer)));
    }
  }

  /** Reads a {@code --status} value with the SDK's open enum, so any status Prequel adds works. */
  static final Function<String, TransferStatus> STATUS = TransferStatus::of;

  /** The listing filters the transfer commands share. */
  static ListTransfersRequest transfersRequest(Integer pageSize, String status) {
    ListTransfersRequest.Builder request = ListTransfersRequest.builder();
    if (pageSize != null) {
      request.pageSize(pageSize);
    }
    if (status != null) {
      request.status(STATUS.apply(status));
    }
    return request.build();
  }
}
