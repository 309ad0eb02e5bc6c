package dev.dataexport.core.fleet;

import dev.dataexport.core.spi.Checks;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The finished items of a fleet operation, by key, so that a later run skips them: the operation
 * asks {@link #isDone} before it reads an item and calls {@link #finished} once an item ended
 * {@code CHANGED} or {@code UNCHANGED} (a failed item is tried again next time). A plan only asks.
 * Implement it over your own store, or use {@link FileJournal}. Implementations must be
 * thread-safe: {@link #finished} is called from worker threads.
 */
public interface FleetJournal {
  /** Whether an earlier run finished the item with {@code key}. */
  boolean isDone(String key);

  /**
   * Records that the item with {@code key} finished with {@code status}; should be durable when it
   * returns. An exception stops the run ({@link FleetResult.Stop#ERROR}).
   */
  void finished(String key, ItemOutcome.Status status);

  /** A journal in memory, holding every finished key (for tests and short runs). */
  static FleetJournal inMemory() {
    Set<String> done = ConcurrentHashMap.newKeySet();
    return new FleetJournal() {
      @Override
      public boolean isDone(String key) {
        return done.contains(key);
      }

      @Override
      public void finished(String key, ItemOutcome.Status status) {
        done.add(Checks.notNull("key", key));
      }

      @Override
      public String toString() {
        return "FleetJournal.inMemory(" + done.size() + " done)";
      }
    };
  }

  /** A journal that knows nothing and records nothing (the default: every item is tried). */
  static FleetJournal none() {
    return NoJournal.INSTANCE;
  }
}

/** The journal of a run without one. */
enum NoJournal implements FleetJournal {
  INSTANCE;

  @Override
  public boolean isDone(String key) {
    return false;
  }

  @Override
  public void finished(String key, ItemOutcome.Status status) {}
}
