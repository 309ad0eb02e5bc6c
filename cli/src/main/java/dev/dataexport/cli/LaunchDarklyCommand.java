package dev.dataexport.cli;

import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dataexport launchdarkly}: the LaunchDarkly SDK's destination calls. */
@Command(
    name = "launchdarkly",
    aliases = "ld",
    mixinStandardHelpOptions = true,
    versionProvider = CliVersion.class,
    description = "LaunchDarkly Data Export destinations (credential: LAUNCHDARKLY_ACCESS_TOKEN).",
    subcommands = {
      LaunchDarklyCommand.GetCommand.class,
      LaunchDarklyCommand.PatchCommand.class,
      LaunchDarklyCommand.UpdateCommand.class
    })
final class LaunchDarklyCommand {
  private LaunchDarklyCommand() {}

  /** What every LaunchDarkly call shares: the destination key, connection, output and client. */
  abstract static class Call implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ConnectionOptions connection;

    @Mixin OutputOptions output;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "PROJECT_KEY")
    String projectKey;

    @Parameters(index = "1", paramLabel = "ENVIRONMENT_KEY")
    String environmentKey;

    @Parameters(index = "2", paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    public Integer call() {
      CliRuntime runtime = DataExportCli.runtimeOf(spec);
      DestinationKey key = DestinationKey.of(projectKey, environmentKey, destinationId);
      try (LaunchDarklyClient client = Clients.launchDarkly(runtime, connection)) {
        Destination d = run(client, key);
        Printer.print(runtime, output, d, () -> destinations(List.of(d)));
      }
      return ExitCodes.OK;
    }

    /** Makes the call and returns the destination it answered with. */
    abstract Destination run(LaunchDarklyClient client, DestinationKey key);
  }

  /** The destination table's columns. */
  static Table destinations(List<Destination> destinations) {
    Table table = Table.of("ID", "NAME", "KIND", "ON", "VERSION");
    for (Destination d : destinations) {
      table.row(d.id(), d.name(), d.kind(), d.on(), d.version());
    }
    return table;
  }

  /** {@code get <project> <env> <id>}. */
  @Command(name = "get", description = "Show one destination.")
  static final class GetCommand extends Call {
    @Override
    Destination run(LaunchDarklyClient client, DestinationKey key) {
      return client.destinations().get(key);
    }
  }

  /** {@code patch <project> <env> <id> --json-patch patch.json}. */
  @Command(
      name = "patch",
      description = "Apply an RFC 6902 JSON Patch read from a file (- for stdin).")
  static final class PatchCommand extends Call {
    @Option(
        names = "--json-patch",
        required = true,
        paramLabel = "FILE",
        description = "The JSON Patch document (an array of operations); - reads standard input.")
    String patchFile;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the audit log.")
    String comment;

    @Override
    Destination run(LaunchDarklyClient client, DestinationKey key) {
      JsonPatch patch = JsonPatch.parse(InputFiles.read(patchFile, "--json-patch"));
      return client.destinations().patch(key, comment == null ? patch : patch.withComment(comment));
    }
  }

  /** {@code update <project> <env> <id> --set on=false}: the SDK's safe, version-guarded update. */
  @Command(
      name = "update",
      description = "Change fields (on, name, config.MEMBER); only what differs is sent.")
  static final class UpdateCommand extends Call {
    @Option(
        names = "--set",
        required = true,
        paramLabel = "FIELD=VALUE",
        description =
            "on=true|false, name=TEXT or config.MEMBER=VALUE (VALUE is JSON when it parses, else"
                + " text); repeat for each.")
    List<String> settings;

    @Option(
        names = "--remove-config",
        paramLabel = "MEMBER",
        description = "Remove a config member.")
    List<String> removed = List.of();

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the audit log.")
    String comment;

    @Override
    Destination run(LaunchDarklyClient client, DestinationKey key) {
      DestinationChange.Builder change = DestinationChange.builder();
      settings.forEach(setting -> FieldSettings.apply(change, setting));
      removed.forEach(change::removeConfig);
      if (comment != null) {
        change.comment(comment);
      }
      return client.destinations().update(key, change.build());
    }
  }
}
