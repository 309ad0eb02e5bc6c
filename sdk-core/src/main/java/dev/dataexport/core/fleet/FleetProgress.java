package dev.dataexport.core.fleet;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A snapshot of a running fleet operation, for a progress bar or a log line ({@code
 * System.out.println(progress)}).
 *
 * @param done items finished so far: changed, unchanged, failed or skipped (items a stop or {@code
 *     cancel()} left {@code NOT_ATTEMPTED} are not done)
 * @param total the number of items, when known (a collection's size, or {@code total(n)})
 * @param elapsed the time since the run started, on the operation's clock
 * @param ratePerSecond items finished per second since the start, skipped items left out
 * @param remaining the estimated time left, when the total is known and the rate is above zero
 * @param concurrency the calls the operation lets run at once now (lower after a rate limit)
 */
public record FleetProgress(
    long done,
    OptionalLong total,
    Duration elapsed,
    double ratePerSecond,
    Optional<Duration> remaining,
    int concurrency) {
  /**
   * Receives progress at most once per the operation's progress interval, and once more when the
   * run ends; called from the operation's threads, never twice at the same time.
   */
  @FunctionalInterface
  public interface Listener {
    /** Called with the current progress. */
    void onProgress(FleetProgress progress);
  }

  /** {@code 1200/5000 items, 48.0/s, about PT1M19S left}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(done);
    total.ifPresent(all -> text.append('/').append(all));
    text.append(" items, ")
        .append(String.format(java.util.Locale.ROOT, "%.1f", ratePerSecond))
        .append("/s");
    remaining.ifPresent(left -> text.append(", about ").append(left).append(" left"));
    return text.toString();
  }
}
