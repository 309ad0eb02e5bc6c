package dev.dataexport.cli;

import dev.dataexport.core.fleet.FleetOperation;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every fleet command shares: plan (the default) or apply, the journal to resume by,
 * the concurrency and the failure limit.
 */
final class FleetOptions {
  @ArgGroup(exclusive = true)
  Mode mode;

  @Option(
      names = "--journal",
      paramLabel = "FILE",
      description =
          "Record each finished item in FILE and skip the items it already holds, so a rerun"
              + " resumes (with --apply).")
  Path journal;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      description = "Calls in flight at once (default ${DEFAULT-VALUE}).",
      defaultValue = "" + FleetOperation.DEFAULT_CONCURRENCY)
  int concurrency;

  @Option(
      names = "--max-failures",
      paramLabel = "N",
      description = "Stop starting items after N failures (default: try every item).")
  Integer maxFailures;

  /** {@code --plan} or {@code --apply}, not both. */
  static final class Mode {
    @Option(
        names = "--plan",
        required = true,
        description = "Print what each item would send, secrets masked; send no write (default).")
    boolean plan;

    @Option(names = "--apply", required = true, description = "Send the writes.")
    boolean apply;
  }

  /** Whether the writes are sent. */
  boolean applies() {
    return mode != null && mode.apply;
  }
}
