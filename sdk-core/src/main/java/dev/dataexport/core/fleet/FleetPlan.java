package dev.dataexport.core.fleet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a fleet operation would do, item by item, in input order: {@code CHANGED} entries carry the
 * masked request a write would send ({@link ItemOutcome#request()}), the others say unchanged,
 * skipped, failed (a read or the change failed) or not attempted. Nothing was written to make it.
 * {@link FleetOperation#apply(FleetPlan)} sends exactly these writes. It holds every entry, so for
 * a large fleet prefer {@link FleetOperation#plan(java.util.function.Consumer)}, which streams
 * them. Immutable.
 *
 * @param <I> the item type
 */
public final class FleetPlan<I> {
  private final List<ItemOutcome<I>> entries;
  private final FleetResult summary;

  FleetPlan(List<ItemOutcome<I>> entries, FleetResult summary) {
    List<ItemOutcome<I>> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingLong(ItemOutcome::index));
    this.entries = List.copyOf(sorted);
    this.summary = summary;
  }

  /** Every entry, in input order. */
  public List<ItemOutcome<I>> entries() {
    return entries;
  }

  /** The planning run's summary; {@code changed()} counts the writes the plan holds. */
  public FleetResult summary() {
    return summary;
  }

  /** One line per entry ({@code key: CHANGED PATCH /path {...}}), secrets masked. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (ItemOutcome<I> entry : entries) {
      text.append(entry).append('\n');
    }
    return text.append(summary).toString();
  }
}
