package dev.dataexport.cli;

import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.SyncResult;
import dev.dataexport.stigg.SyncResults;
import dev.dataexport.stigg.TriggerSyncRequest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dataexport stigg sync <destinationId> | --all}: the SDK's {@code syncs().trigger}. */
@Command(
    name = "sync",
    description =
        "Start a sync of one destination, or of every destination with --all; prints what started.")
final class StiggSyncCommand extends StiggCommand.Call {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(
      names = "--idempotency-key",
      paramLabel = "KEY",
      description =
          "Stigg answers a repeat with this key (within 24 h) without syncing again; default: a new"
              + " key per run, reused by its retries.")
  String idempotencyKey;

  /** One destination or all of them. */
  static final class Target {
    @Parameters(paramLabel = "DESTINATION_ID", description = "The destination to sync.")
    String destinationId;

    @Option(names = "--all", required = true, description = "Sync every destination.")
    boolean all;
  }

  @Override
  void run(StiggClient client, CliRuntime runtime) {
    TriggerSyncRequest request =
        target.all
            ? TriggerSyncRequest.allDestinations()
            : TriggerSyncRequest.destination(target.destinationId);
    SyncResults results =
        idempotencyKey == null
            ? client.syncs().trigger(request)
            : client
                .syncs()
                .trigger(
                    request, StiggRequestOptions.builder().idempotencyKey(idempotencyKey).build());
    Printer.print(
        runtime,
        output,
        results,
        () -> {
          Table table = Table.of("DESTINATION_ID", "TRIGGERED", "TRANSFER_ID", "ERROR");
          for (SyncResult result : results.results()) {
            table.row(
                result.destinationId(),
                result.triggered(),
                result.transferId(),
                result.errorMessage());
          }
          return table;
        });
  }
}
