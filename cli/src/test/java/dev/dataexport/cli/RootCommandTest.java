package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RootCommandTest {
  @Test
  void versionNamesTheTool() {
    CliRun run = CliRun.of(Map.of(), "--version");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("dataexport development build\n");
  }

  @Test
  void helpListsTheVendorsAndTheExitCodes() {
    CliRun run = CliRun.of(Map.of(), "help");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out())
        .contains("prequel")
        .contains("stigg")
        .contains("launchdarkly")
        .contains("  5  connection failure, timeout or unreadable response");
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] command :
        new String[][] {
          {"prequel", "update", "--help"},
          {"prequel", "transfers", "list", "--help"},
          {"stigg", "update-selection", "--help"},
          {"launchdarkly", "update", "--help"}
        }) {
      CliRun run = CliRun.of(Map.of(), command);
      assertThat(run.code()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).startsWith("Usage: dataexport " + command[0]);
      assertThat(run.out()).contains("--api-key-file").doesNotContain("--api-key=");
    }
  }

  @Test
  void everyVendorCommandHasHelpAndTakesFake() {
    List<List<String>> leaves = new ArrayList<>();
    CommandLine root =
        DataExportCli.commandLine(
            new CliRuntime(
                Map.of(),
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                builder -> {}));
    for (String vendor : List.of("stigg", "launchdarkly", "prequel")) {
      collect(root.getSubcommands().get(vendor), new ArrayList<>(List.of(vendor)), leaves);
    }

    assertThat(leaves)
        .extracting(path -> String.join(" ", path))
        .contains(
            "stigg create",
            "stigg delete",
            "stigg models",
            "stigg sync",
            "stigg scoped-token",
            "stigg update-selection",
            "stigg fleet update-selection",
            "launchdarkly list",
            "launchdarkly create",
            "launchdarkly merge-patch",
            "launchdarkly delete",
            "launchdarkly fleet update",
            "prequel create",
            "prequel test-destination",
            "prequel test-connection",
            "prequel fleet update");
    for (List<String> leaf : leaves) {
      List<String> args = new ArrayList<>(leaf);
      args.add("--help");
      CliRun run = CliRun.of(Map.of(), args.toArray(String[]::new));
      assertThat(run.code()).as(leaf.toString()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).as(leaf.toString()).contains("--fake").contains("--api-key-file");
    }
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> leaves) {
    if (line.getSubcommands().isEmpty()) {
      leaves.add(path);
      return;
    }
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              // Aliases list a command twice; keep each command under its own name.
              if (sub.getCommandName().equals(name)) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, leaves);
              }
            });
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithAHint() {
    CliRun run = CliRun.of(Map.of(), "prequel", "list", "--colour");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("error: Unknown option: '--colour'\n")
        .endsWith("hint: run 'dataexport prequel list --help' for the options\n");
  }

  @Test
  void aMissingSubcommandIsAUsageError() {
    CliRun run = CliRun.of(Map.of(), "prequel");

    assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("Missing required subcommand");
  }

  @Test
  void completionIsGenerated() {
    CliRun run = CliRun.of(Map.of(), "generate-completion");

    assertThat(run.code()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("complete -F").contains("dataexport");
  }
}
