package dev.dataexport.cli;

import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.Settable;
import dev.dataexport.prequel.fleet.PrequelFleet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dataexport prequel fleet}: one Prequel change applied to many destinations, on the SDK's
 * {@link PrequelFleet}.
 */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Change many Prequel destinations: plan first (the default), then --apply.",
    subcommands = {PrequelFleetCommand.UpdateCommand.class})
final class PrequelFleetCommand {
  private PrequelFleetCommand() {}

  /**
   * {@code fleet update (--all | --vendor V | --ids-from FILE) --frequency-minutes 60 ...}: a
   * destination whose fields already match is unchanged; the listing is followed page by page as
   * the fleet goes, never loaded whole.
   */
  @Command(
      name = "update",
      description =
          "Change every destination the list query (or --ids-from) names; only the given options"
              + " are sent, and destinations that already match are left unchanged.")
  static final class UpdateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Mixin OutputOptions output;

    @Mixin FleetOptions fleet;

    @Mixin PrequelChangeOptions change;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(
        names = "--page-size",
        paramLabel = "N",
        description = "Destinations per page of the list query.")
    Integer pageSize;

    /** The destinations: every one, those of a vendor, or ids from a file. */
    static final class Source {
      @Option(names = "--all", required = true, description = "Every destination.")
      boolean all;

      @Option(
          names = "--vendor",
          required = true,
          paramLabel = "VENDOR",
          description = "Every destination of this vendor (snowflake, postgres, ...).")
      String vendor;

      @Option(
          names = "--ids-from",
          required = true,
          paramLabel = "FILE",
          description = "Destination ids, one per line (- reads standard input).")
      String idsFrom;
    }

    @Override
    public Integer call() {
      CliRuntime runtime = DataExportCli.runtimeOf(spec);
      if (change.isEmpty()) {
        throw new CliInputException(
            "give at least one change (--frequency-minutes, --disable, ...)");
      }
      DestinationUpdate update = change.update();
      try (PrequelClient client = Clients.prequel(runtime, connection)) {
        PrequelFleet fleets = PrequelFleet.of(client);
        Function<Destination, Optional<DestinationUpdate>> decide =
            current -> matches(current, update) ? Optional.empty() : Optional.of(update);
        if (source.idsFrom == null) {
          ListDestinationsRequest.Builder request = ListDestinationsRequest.builder();
          if (pageSize != null) {
            request.pageSize(pageSize);
          }
          return FleetRunner.run(
              runtime,
              fleet,
              output,
              client.options(),
              fleets.list(request.build(), this::selected).change(decide));
        }
        try (Stream<String> ids = ItemSource.lines(source.idsFrom)) {
          return FleetRunner.run(
              runtime, fleet, output, client.options(), fleets.ids(ids).change(decide));
        }
      }
    }

    /** Whether a listed destination is one the query names. */
    private boolean selected(Destination d) {
      return source.vendor == null
          || d.vendor().map(v -> v.value().equals(source.vendor)).orElse(false);
    }

    /** Whether every field the update sets already has its value (a vendor block never does). */
    static boolean matches(Destination current, DestinationUpdate update) {
      return update.vendor().isEmpty()
          && update.machineTypeId().isUnset()
          && same(update.name(), current.name())
          && same(update.frequencyMinutes(), current.frequencyMinutes())
          && update.enabledModels().map(m -> m.equals(current.enabledModels())).orElse(true)
          && same(update.isEnabled(), current.isEnabled())
          && same(update.maxConcurrentTransfers(), current.maxConcurrentTransfers())
          && same(
              update.maxConcurrentQueriesPerTransfer(), current.maxConcurrentQueriesPerTransfer());
    }

    private static <T> boolean same(Optional<T> wanted, Optional<T> now) {
      return wanted.isEmpty() || wanted.equals(now);
    }

    private static boolean same(OptionalLong wanted, OptionalLong now) {
      return wanted.isEmpty() || wanted.equals(now);
    }

    private static boolean same(Settable<Long> wanted, OptionalLong now) {
      if (wanted.isUnset()) {
        return true;
      }
      return wanted.isPresent() && now.isPresent() && wanted.get() == now.getAsLong();
    }
  }
}
