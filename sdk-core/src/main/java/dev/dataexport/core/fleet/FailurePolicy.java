package dev.dataexport.core.fleet;

import dev.dataexport.core.spi.Checks;

/**
 * When a fleet operation stops starting new items because items failed: never ({@link
 * #continueOnFailure()}, the default), after {@code n} failures, or at the first. Items already in
 * flight when the limit is reached finish, so the result can count more failures than the limit.
 * Immutable.
 */
public final class FailurePolicy {
  private static final FailurePolicy CONTINUE = new FailurePolicy(Long.MAX_VALUE);

  private final long maxFailures;

  private FailurePolicy(long maxFailures) {
    this.maxFailures = maxFailures;
  }

  /** Every item is attempted whatever fails (the default). */
  public static FailurePolicy continueOnFailure() {
    return CONTINUE;
  }

  /** Stops starting items once {@code failures} items have failed (1 or more). */
  public static FailurePolicy stopAfter(int failures) {
    return new FailurePolicy(Checks.atLeast("failures", failures, 1));
  }

  /** Stops starting items at the first failure ({@code stopAfter(1)}). */
  public static FailurePolicy stopAtFirst() {
    return stopAfter(1);
  }

  /** Whether the run stops after {@code failures} failed items. */
  boolean stopsAt(long failures) {
    return failures >= maxFailures;
  }

  @Override
  public String toString() {
    return maxFailures == Long.MAX_VALUE ? "continueOnFailure" : "stopAfter(" + maxFailures + ")";
  }
}
