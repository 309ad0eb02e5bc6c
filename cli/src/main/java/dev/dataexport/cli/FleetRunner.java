package dev.dataexport.cli;

import dev.dataexport.core.ClientOptions;
import dev.dataexport.core.fleet.FailurePolicy;
import dev.dataexport.core.fleet.FileJournal;
import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetResult;
import java.nio.file.Files;

/**
 * Runs a fleet command's operation: applies the shared options (concurrency, failure limit,
 * journal, progress, the client's clock and sleeper), plans or applies, prints the result, and
 * turns it into the exit code. Ctrl-C cancels the run through {@link Interrupts}: calls in flight
 * finish and are journaled before the journal closes.
 */
final class FleetRunner {
  private FleetRunner() {}

  /**
   * Plans or applies {@code builder}'s operation (its change and key already set) and returns the
   * exit code: 0, {@link ExitCodes#FLEET_FAILURES} when items failed or the run stopped on an
   * error, {@link ExitCodes#INTERRUPTED} when it was cancelled.
   */
  static <I, S> int run(
      CliRuntime runtime,
      FleetOptions options,
      OutputOptions output,
      ClientOptions timing,
      FleetOperation.Builder<I, S> builder) {
    builder.concurrency(options.concurrency).timing(timing);
    if (options.maxFailures != null) {
      builder.failurePolicy(FailurePolicy.stopAfter(options.maxFailures));
    }
    FleetOutput printed = new FleetOutput(runtime, output, options.applies());
    ProgressReporter progress = new ProgressReporter(runtime.err(), runtime.terminal());
    builder.onProgress(progress, progress.interval()).onOutcome(printed);
    // A plan only reads the journal: it creates no file.
    FileJournal journal =
        options.journal != null && (options.applies() || Files.exists(options.journal))
            ? FileJournal.open(options.journal)
            : null;
    try {
      if (journal != null) {
        builder.journal(journal);
      }
      FleetOperation<I, S> operation = builder.build();
      FleetResult result;
      Interrupts.Registration interrupt = runtime.interrupts().onInterrupt(operation::cancel);
      try {
        try {
          result = options.applies() ? operation.apply() : operation.plan(printed);
        } finally {
          progress.finish();
        }
        printed.finish(result);
        if (journal != null) {
          // Closed before the registration ends, so an interrupted process halts only after it.
          journal.close();
          journal = null;
        }
      } finally {
        interrupt.close();
      }
      return exitCode(runtime, result);
    } finally {
      if (journal != null) {
        journal.close();
      }
    }
  }

  private static int exitCode(CliRuntime runtime, FleetResult result) {
    result
        .stopCause()
        .ifPresent(
            cause -> runtime.err().println("error: the fleet stopped: " + cause.getMessage()));
    if (result.stop() == FleetResult.Stop.CANCELLED) {
      runtime.err().println("interrupted: items not attempted are left for a rerun");
      runtime.err().flush();
      return ExitCodes.INTERRUPTED;
    }
    runtime.err().flush();
    if (result.failed() > 0
        || result.stop() == FleetResult.Stop.FAILURE_LIMIT
        || result.stop() == FleetResult.Stop.ERROR) {
      return ExitCodes.FLEET_FAILURES;
    }
    return ExitCodes.OK;
  }
}
