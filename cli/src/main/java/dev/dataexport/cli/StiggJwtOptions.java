package dev.dataexport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Stigg's second auth mode for every {@code stigg} command: a user JWT read from {@code --jwt-file}
 * (never an argument) with the environment it acts in, instead of {@code STIGG_API_KEY}.
 */
final class StiggJwtOptions {
  @Option(
      names = "--jwt-file",
      paramLabel = "FILE",
      description =
          "Authenticate with the user JWT in FILE (its first line) instead of STIGG_API_KEY;"
              + " needs --environment-id.")
  Path jwtFile;

  @Option(
      names = "--environment-id",
      paramLabel = "ID",
      description = "With --jwt-file: the environment, sent as X-ENVIRONMENT-ID.")
  String environmentId;

  @Option(
      names = "--account-id",
      paramLabel = "ID",
      description =
          "With --jwt-file: the account, sent as X-ACCOUNT-ID (default: the user's first).")
  String accountId;

  /** Whether JWT mode was asked for; checks the options belong together. */
  boolean jwtMode() {
    if (jwtFile == null) {
      if (environmentId != null || accountId != null) {
        throw new CliInputException("--environment-id and --account-id need --jwt-file");
      }
      return false;
    }
    if (environmentId == null) {
      throw new CliInputException("--jwt-file needs --environment-id (Stigg's X-ENVIRONMENT-ID)");
    }
    return true;
  }
}
