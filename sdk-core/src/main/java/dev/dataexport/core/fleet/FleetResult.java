package dev.dataexport.core.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The summary of one run of a fleet operation (a plan or an apply): counts per outcome, requests
 * sent, duration, why it stopped, and the first {@value #FAILURES_KEPT} failed items (the rest went
 * to the outcome listener only, so a long run keeps nothing per item). In a plan, {@link
 * #changed()} counts the items a write would change. Immutable.
 */
public final class FleetResult {
  /** How many failed items the result keeps. */
  public static final int FAILURES_KEPT = 20;

  /** Why a run ended. */
  public enum Stop {
    /** Every item of the input was handled. */
    COMPLETED,
    /** {@link FleetOperation#cancel()} was called, or the running thread was interrupted. */
    CANCELLED,
    /** The failure policy's limit was reached. */
    FAILURE_LIMIT,
    /** Reading the input or writing the journal failed; see {@link #stopCause()}. */
    ERROR
  }

  private final long changed;
  private final long unchanged;
  private final long failed;
  private final long skipped;
  private final long notAttempted;
  private final long requestsSent;
  private final Duration duration;
  private final Stop stop;
  private final RuntimeException stopCause;
  private final List<ItemOutcome<?>> failures;

  FleetResult(
      long[] counts,
      long requestsSent,
      Duration duration,
      Stop stop,
      RuntimeException stopCause,
      List<ItemOutcome<?>> failures) {
    this.changed = counts[ItemOutcome.Status.CHANGED.ordinal()];
    this.unchanged = counts[ItemOutcome.Status.UNCHANGED.ordinal()];
    this.failed = counts[ItemOutcome.Status.FAILED.ordinal()];
    this.skipped = counts[ItemOutcome.Status.SKIPPED.ordinal()];
    this.notAttempted = counts[ItemOutcome.Status.NOT_ATTEMPTED.ordinal()];
    this.requestsSent = requestsSent;
    this.duration = duration;
    this.stop = stop;
    this.stopCause = stopCause;
    this.failures = List.copyOf(failures);
  }

  /** Items whose write succeeded (in a plan: would be sent). */
  public long changed() {
    return changed;
  }

  /** Items with nothing to change. */
  public long unchanged() {
    return unchanged;
  }

  /** Items that failed. */
  public long failed() {
    return failed;
  }

  /** Items the journal marked done in an earlier run. */
  public long skipped() {
    return skipped;
  }

  /**
   * Items not attempted because the run stopped: those taken from the input but not started, plus,
   * when the total was known, those never taken (the input is not read further after a stop, so a
   * lazy paged list fetches no more pages).
   */
  public long notAttempted() {
    return notAttempted;
  }

  /** Every item counted: the sum of the five outcomes. */
  public long total() {
    return changed + unchanged + failed + skipped + notAttempted;
  }

  /**
   * HTTP requests sent, retries included: the attempts of every call that returned an {@code
   * ApiResponse} or threw an SDK exception, and one for a call that returned a plain value.
   */
  public long requestsSent() {
    return requestsSent;
  }

  /** How long the run took, on the operation's clock. */
  public Duration duration() {
    return duration;
  }

  /** Why the run ended. */
  public Stop stop() {
    return stop;
  }

  /** The input's or the journal's exception when {@link #stop()} is {@link Stop#ERROR}. */
  public Optional<RuntimeException> stopCause() {
    return Optional.ofNullable(stopCause);
  }

  /** The first {@value #FAILURES_KEPT} failed items, in the order they failed. */
  public List<ItemOutcome<?>> failures() {
    return failures;
  }

  /** Whether every item ended changed, unchanged or skipped. */
  public boolean isComplete() {
    return stop == Stop.COMPLETED && failed == 0 && notAttempted == 0;
  }

  @Override
  public String toString() {
    return "FleetResult{changed="
        + changed
        + ", unchanged="
        + unchanged
        + ", failed="
        + failed
        + ", skipped="
        + skipped
        + ", notAttempted="
        + notAttempted
        + ", requestsSent="
        + requestsSent
        + ", duration="
        + duration
        + ", stop="
        + stop
        + "}";
  }
}
