package dev.dataexport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.prequel.DestinationUpdate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The fields of a Prequel destination change, shared by {@code update}, {@code test-connection}
 * (changes laid over the saved destination) and {@code fleet update}: only the options given are
 * sent. A vendor block (a new password, say) comes from a JSON file, never from an argument.
 */
final class PrequelChangeOptions {
  @Option(names = "--name", paramLabel = "NAME", description = "The destination's name.")
  String name;

  @Option(names = "--frequency-minutes", paramLabel = "MINUTES", description = "The schedule.")
  Long frequencyMinutes;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "An enabled model; repeat for each (replaces the whole list).")
  List<String> models;

  @ArgGroup(exclusive = true)
  Enablement enablement;

  @Option(names = "--max-concurrent-transfers", paramLabel = "N")
  Long maxConcurrentTransfers;

  @Option(names = "--max-concurrent-queries-per-transfer", paramLabel = "N")
  Long maxConcurrentQueriesPerTransfer;

  @Option(names = "--machine-type-id", paramLabel = "ID")
  String machineTypeId;

  @Option(
      names = "--vendor-block",
      paramLabel = "FILE",
      description =
          "A JSON file {\"VENDOR\": {...}} with the vendor block to send (credentials included);"
              + " - reads standard input.")
  String vendorBlockFile;

  /** {@code --enable} or {@code --disable}, not both. */
  static final class Enablement {
    @Option(names = "--enable", required = true, description = "Turn the destination on.")
    boolean enable;

    @Option(names = "--disable", required = true, description = "Turn the destination off.")
    boolean disable;
  }

  /** Whether any change option was given. */
  boolean isEmpty() {
    return name == null
        && frequencyMinutes == null
        && models == null
        && enablement == null
        && maxConcurrentTransfers == null
        && maxConcurrentQueriesPerTransfer == null
        && machineTypeId == null
        && vendorBlockFile == null;
  }

  /** The change the options describe. */
  DestinationUpdate update() {
    DestinationUpdate.Builder update = DestinationUpdate.builder();
    if (name != null) {
      update.name(name);
    }
    if (frequencyMinutes != null) {
      update.frequencyMinutes(frequencyMinutes);
    }
    if (models != null) {
      update.enabledModels(models);
    }
    if (enablement != null) {
      update.isEnabled(enablement.enable);
    }
    if (maxConcurrentTransfers != null) {
      update.maxConcurrentTransfers(maxConcurrentTransfers);
    }
    if (maxConcurrentQueriesPerTransfer != null) {
      update.maxConcurrentQueriesPerTransfer(maxConcurrentQueriesPerTransfer);
    }
    if (machineTypeId != null) {
      update.machineTypeId(machineTypeId);
    }
    if (vendorBlockFile != null) {
      VendorBlockFile block = VendorBlockFile.read(vendorBlockFile, "--vendor-block");
      update.rawVendor(block.vendor(), block.body());
    }
    return update.build();
  }

  /** A vendor block read from a file: {@code {"postgres": {...}}}. */
  record VendorBlockFile(String vendor, ObjectNode body) {
    /** Reads and checks the file: one member whose value is an object. */
    static VendorBlockFile read(String file, String option) {
      JsonNode json = InputFiles.json(file, option);
      if (!json.isObject() || json.size() != 1 || !json.elements().next().isObject()) {
        throw new CliInputException(
            option + " " + file + " must be one object member {\"VENDOR\": {...}}");
      }
      String vendor = json.fieldNames().next();
      return new VendorBlockFile(vendor, (ObjectNode) json.get(vendor));
    }
  }
}
