package dev.dataexport.cli;

/** The documented exit codes of the {@code dataexport} tool; scripts may rely on them. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** The vendor's API refused the call; the typed error is on standard error. */
  public static final int API_ERROR = 1;

  /**
   * The command line was wrong (unknown option, bad value, missing credential): nothing was sent.
   */
  public static final int USAGE = 2;

  /** A fleet finished with failures: an item failed, the failure limit or an input error. */
  public static final int FLEET_FAILURES = 3;

  /** The tool was interrupted before it finished. */
  public static final int INTERRUPTED = 4;

  /** The API could not be reached, timed out, or answered with something unreadable. */
  public static final int CONNECTION = 5;

  private ExitCodes() {}
}
