package dev.dataexport.cli;

import dev.dataexport.core.DeleteResult;
import dev.dataexport.launchdarkly.Destination;
import dev.dataexport.launchdarkly.DestinationChange;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.launchdarkly.MergePatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      LaunchDarklyCommand.ListCommand.class,
      LaunchDarklyCommand.GetCommand.class,
      LaunchDarklyCreateCommand.class,
      LaunchDarklyCommand.PatchCommand.class,
      LaunchDarklyCommand.MergePatchCommand.class,
      LaunchDarklyCommand.UpdateCommand.class,
      LaunchDarklyCommand.DeleteCommand.class
    })
final class LaunchDarklyCommand {
  private LaunchDarklyCommand() {}

  /** What every LaunchDarkly call shares: the connection, the output format and the client. */
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
      check();
      try (LaunchDarklyClient client = Clients.launchDarkly(runtime, connection)) {
        run(client, runtime);
      }
      return ExitCodes.OK;
    }

    /** Checks the options before any client is built or request sent; by default nothing. */
    void check() {}

    /** Makes the call and prints its result. */
    abstract void run(LaunchDarklyClient client, CliRuntime runtime);
  }

  /** A call on one destination: its key, and the destination it answers with, printed. */
  abstract static class KeyedCall extends Call {
    @Parameters(index = "0", paramLabel = "PROJECT_KEY")
    String projectKey;

    @Parameters(index = "1", paramLabel = "ENVIRONMENT_KEY")
    String environmentKey;

    @Parameters(index = "2", paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    void run(LaunchDarklyClient client, CliRuntime runtime) {
      Destination d = run(client, DestinationKey.of(projectKey, environmentKey, destinationId));
      Printer.print(runtime, output, d, () -> destinations(List.of(d)));
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

  /** The listing's columns: the key's project and environment too. */
  static Table keyedDestinations(List<Destination> destinations) {
    Table table = Table.of("PROJECT", "ENVIRONMENT", "ID", "NAME", "KIND", "ON", "VERSION");
    for (Destination d : destinations) {
      Optional<DestinationKey> key = d.key();
      table.row(
          key.map(DestinationKey::projectKey),
          key.map(DestinationKey::environmentKey),
          d.id(),
          d.name(),
          d.kind(),
          d.on(),
          d.version());
    }
    return table;
  }

  /** {@code list [--project P] [--environment E] [--kind K]}: narrowed on the client. */
  @Command(
      name = "list",
      description = "List the account's destinations, narrowed by project, environment or kind.")
  static final class ListCommand extends Call {
    @Mixin DestinationQuery query;

    @Override
    void run(LaunchDarklyClient client, CliRuntime runtime) {
      List<Destination> found = client.destinations().list().filter(query.filter());
      Printer.print(runtime, output, found, () -> keyedDestinations(found));
    }
  }

  /** {@code get <project> <env> <id>}. */
  @Command(name = "get", description = "Show one destination.")
  static final class GetCommand extends KeyedCall {
    @Override
    Destination run(LaunchDarklyClient client, DestinationKey key) {
      return client.destinations().get(key);
    }
  }

  /** {@code patch <project> <env> <id> --json-patch patch.json}. */
  @Command(
      name = "patch",
      description = "Apply an RFC 6902 JSON Patch read from a file (- for stdin).")
  static final class PatchCommand extends KeyedCall {
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
  static final class UpdateCommand extends KeyedCall {
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

  /** {@code merge-patch <project> <env> <id> --merge-patch patch.json}: RFC 7386. */
  @Command(
      name = "merge-patch",
      description = "Apply an RFC 7386 JSON Merge Patch read from a file (- for stdin).")
  static final class MergePatchCommand extends KeyedCall {
    @Option(
        names = "--merge-patch",
        required = true,
        paramLabel = "FILE",
        description = "The merge patch (a JSON object; null removes a member); - reads stdin.")
    String patchFile;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the audit log.")
    String comment;

    @Override
    Destination run(LaunchDarklyClient client, DestinationKey key) {
      MergePatch patch = MergePatch.of(InputFiles.json(patchFile, "--merge-patch"));
      return client
          .destinations()
          .mergePatch(key, comment == null ? patch : patch.withComment(comment));
    }
  }

  /** {@code delete <project> <env> <id>}. */
  @Command(name = "delete", description = "Delete a destination.")
  static final class DeleteCommand extends Call {
    @Parameters(index = "0", paramLabel = "PROJECT_KEY")
    String projectKey;

    @Parameters(index = "1", paramLabel = "ENVIRONMENT_KEY")
    String environmentKey;

    @Parameters(index = "2", paramLabel = "DESTINATION_ID")
    String destinationId;

    @Override
    void run(LaunchDarklyClient client, CliRuntime runtime) {
      DestinationKey key = DestinationKey.of(projectKey, environmentKey, destinationId);
      DeleteResult result = client.destinations().delete(key);
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("projectKey", projectKey);
      value.put("environmentKey", environmentKey);
      value.put("id", destinationId);
      value.put("deleted", true);
      value.put("wasGoneOnRetry", result.wasGoneOnRetry());
      Printer.print(
          runtime,
          output,
          value,
          () ->
              Table.of("ID", "RESULT")
                  .row(destinationId, result.wasGoneOnRetry() ? "gone on retry" : "deleted"));
    }
  }
}
