package dev.dataexport.cli;

import dev.dataexport.prequel.NewDestination;
import dev.dataexport.prequel.config.RawVendorBlock;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * A whole new Prequel destination, for {@code create} and {@code test-destination}: the name, the
 * recipient, the vendor block (from a JSON file, since it holds the credential) and the optional
 * settings.
 */
final class PrequelNewDestinationOptions {
  @Option(names = "--name", required = true, paramLabel = "NAME", description = "The name.")
  String name;

  @Option(
      names = "--recipient",
      required = true,
      paramLabel = "RECIPIENT_ID",
      description = "The recipient (your customer) the destination belongs to.")
  String recipientId;

  @Option(
      names = "--vendor-block",
      required = true,
      paramLabel = "FILE",
      description =
          "A JSON file {\"VENDOR\": {...}} with the vendor block, credential included (e.g."
              + " {\"postgres\": {\"host\": ..., \"password\": ...}}); - reads standard input.")
  String vendorBlockFile;

  @Option(names = "--frequency-minutes", paramLabel = "MINUTES", description = "The schedule.")
  Long frequencyMinutes;

  @Option(names = "--model", paramLabel = "MODEL", description = "A model to export; repeat.")
  List<String> models = List.of();

  @ArgGroup(exclusive = true)
  PrequelChangeOptions.Enablement enablement;

  @Option(names = "--max-concurrent-transfers", paramLabel = "N")
  Long maxConcurrentTransfers;

  @Option(names = "--max-concurrent-queries-per-transfer", paramLabel = "N")
  Long maxConcurrentQueriesPerTransfer;

  @Option(names = "--machine-type-id", paramLabel = "ID")
  String machineTypeId;

  /** The destination the options describe; the SDK checks it before anything is sent. */
  NewDestination destination() {
    PrequelChangeOptions.VendorBlockFile block =
        PrequelChangeOptions.VendorBlockFile.read(vendorBlockFile, "--vendor-block");
    NewDestination.Builder destination = NewDestination.builder();
    destination
        .name(name)
        .recipientId(recipientId)
        .vendor(RawVendorBlock.of(block.vendor(), block.body()))
        .addAllEnabledModels(models);
    if (frequencyMinutes != null) {
      destination.frequencyMinutes(frequencyMinutes);
    }
    if (enablement != null) {
      destination.isEnabled(enablement.enable);
    }
    if (maxConcurrentTransfers != null) {
      destination.maxConcurrentTransfers(maxConcurrentTransfers);
    }
    if (maxConcurrentQueriesPerTransfer != null) {
      destination.maxConcurrentQueriesPerTransfer(maxConcurrentQueriesPerTransfer);
    }
    if (machineTypeId != null) {
      destination.machineTypeId(machineTypeId);
    }
    return destination.build();
  }
}
