package dev.dataexport.cli;

import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetWrite;
import dev.dataexport.core.fleet.PlannedRequest;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.PrequelClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dataexport prequel fleet}: one Prequel change applied to many destinations. */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Change many Prequel destinations: plan first (the default), then --apply.",
    subcommands = {PrequelFleetCommand.UpdateCommand.class})
final class PrequelFleetCommand {
  private PrequelFleetCommand() {}

  /** A destination to change: its id, and the destination as listed when it came from a list. */
  record Item(String id, Destination listed) {}

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
      try (PrequelClient client = Clients.prequel(runtime, connection);
          Stream<Item> items = items(client)) {
        FleetOperation.Builder<Item, Destination> operation =
            FleetOperation.over(items)
                .key(Item::id)
                .read(
                    item ->
                        item.listed() != null
                            ? item.listed()
                            : client.destinations().get(item.id()))
                .change(
                    (item, current) ->
                        matches(current, update)
                            ? FleetWrite.none()
                            : FleetWrite.of(
                                PlannedRequest.of(
                                    "PATCH",
                                    List.of("destinations", item.id()),
                                    Map.of("destination", update)),
                                () ->
                                    client
                                        .destinations()
                                        .withRawResponse()
                                        .update(item.id(), update)));
        return FleetRunner.run(runtime, fleet, output, client.options(), operation);
      }
    }

    private Stream<Item> items(PrequelClient client) {
      if (source.idsFrom != null) {
        return ItemSource.lines(source.idsFrom).map(id -> new Item(id, null));
      }
      ListDestinationsRequest.Builder request = ListDestinationsRequest.builder();
      if (pageSize != null) {
        request.pageSize(pageSize);
      }
      return client.destinations().list(request.build()).autoPager().stream()
          .filter(
              d ->
                  source.vendor == null
                      || d.vendor().map(v -> v.value().equals(source.vendor)).orElse(false))
          .map(d -> new Item(d.id(), d));
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

    private static boolean same(dev.dataexport.core.Settable<Long> wanted, OptionalLong now) {
      if (wanted.isUnset()) {
        return true;
      }
      return wanted.isPresent() && now.isPresent() && wanted.get() == now.getAsLong();
    }
  }
}
