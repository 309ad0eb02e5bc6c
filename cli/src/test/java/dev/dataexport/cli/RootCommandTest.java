package dev.dataexport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
