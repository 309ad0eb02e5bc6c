package dev.dataexport.cli;

import dev.dataexport.core.fleet.FleetProgress;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * A fleet's progress on standard error: on a terminal a bar redrawn in place ({@code \r}), ended
 * with a newline when the run ends; otherwise (a log, a pipe) one plain line per report, less
 * often, so logs stay short. Standard output never sees it.
 */
final class ProgressReporter implements FleetProgress.Listener {
  /** How often a terminal's bar is redrawn. */
  static final Duration TERMINAL_INTERVAL = Duration.ofMillis(200);

  /** How often a plain line is written when standard error is not a terminal. */
  static final Duration PLAIN_INTERVAL = Duration.ofSeconds(10);

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private boolean drawn;

  ProgressReporter(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** The interval that suits the output. */
  Duration interval() {
    return terminal ? TERMINAL_INTERVAL : PLAIN_INTERVAL;
  }

  @Override
  public synchronized void onProgress(FleetProgress progress) {
    if (terminal) {
      err.print("\r" + bar(progress) + " " + progress + "\u001b[K");
      drawn = true;
    } else {
      err.println("progress: " + progress);
    }
    err.flush();
  }

  /** Ends the bar's line, so what follows starts on a line of its own. */
  synchronized void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
    }
  }

  private static String bar(FleetProgress progress) {
    if (progress.total().isEmpty() || progress.total().getAsLong() == 0) {
      return "[" + "?".repeat(WIDTH) + "]";
    }
    long total = progress.total().getAsLong();
    int filled = (int) Math.min(WIDTH, progress.done() * WIDTH / total);
    return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
  }
}
