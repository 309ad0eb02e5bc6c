package dev.dataexport.cli;

import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.fleet.LaunchDarklyFleet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dataexport launchdarkly fleet}: one LaunchDarkly change applied to many destinations, on
 * the SDK's {@link LaunchDarklyFleet}.
 */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "Change many LaunchDarkly destinations: plan first (the default), then --apply.",
    subcommands = {LaunchDarklyFleetCommand.UpdateCommand.class})
final class LaunchDarklyFleetCommand {
  private LaunchDarklyFleetCommand() {}

  /**
   * {@code fleet update (--project P --environment E --kind K | --ids-from FILE) --set on=false}:
   * each destination gets the SDK's version-guarded update; one that already matches is unchanged.
   */
  @Command(
      name = "update",
      description =
          "Change fields (on, name, config.MEMBER) of every destination the list query (or"
              + " --ids-from) names; destinations that already match are left unchanged.")
  static final class UpdateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Mixin OutputOptions output;

    @Mixin FleetOptions fleet;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Mixin DestinationQuery query;

    @Option(
        names = "--ids-from",
        paramLabel = "FILE",
        description = "Keys PROJECT/ENVIRONMENT/ID, one per line (- reads standard input).")
    String idsFrom;

    @Option(
        names = "--set",
        paramLabel = "FIELD=VALUE",
        description = "on=true|false, name=TEXT or config.MEMBER=VALUE; repeat for each.")
    List<String> settings = List.of();

    @Option(
        names = "--set-file",
        paramLabel = "config.MEMBER=FILE",
        description =
            "Set a config member to the first line of FILE, as a secret (a write key, a policy"
                + " key); repeat for each.")
    List<String> fileSettings = List.of();

    @Option(names = "--remove-config", paramLabel = "MEMBER", description = "Remove a member.")
    List<String> removed = List.of();

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the audit log.")
    String comment;

    @Override
    public Integer call() {
      CliRuntime runtime = DataExportCli.runtimeOf(spec);
      if (idsFrom != null && !query.isEmpty()) {
        throw new CliInputException(
            "--ids-from and a list query (--project, --environment, --kind) exclude each other");
      }
      DestinationChange.Builder builder = DestinationChange.builder();
      FieldSettings.requireSome(settings, fileSettings, removed);
      settings.forEach(setting -> FieldSettings.apply(builder, setting));
      fileSettings.forEach(setting -> FieldSettings.applyFile(builder, setting));
      removed.forEach(builder::removeConfig);
      if (comment != null) {
        builder.comment(comment);
      }
      DestinationChange change = builder.build();
      try (LaunchDarklyClient client = Clients.launchDarkly(runtime, connection)) {
        LaunchDarklyFleet fleets = LaunchDarklyFleet.of(client);
        if (idsFrom == null) {
          // One listing per run; each listed destination is decided on as listed.
          return FleetRunner.run(
              runtime, fleet, output, client.options(), fleets.list(query.filter()).change(change));
        }
        try (Stream<DestinationKey> keys = ItemSource.lines(idsFrom).map(UpdateCommand::key)) {
          return FleetRunner.run(
              runtime, fleet, output, client.options(), fleets.keys(keys).change(change));
        }
      }
    }

    private static DestinationKey key(String line) {
      String[] parts = line.split("/", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException(
            "--ids-from lines must be PROJECT/ENVIRONMENT/ID, was '" + line + "'");
      }
      return DestinationKey.of(parts[0], parts[1], parts[2]);
    }
  }
}
