package dev.dataexport.core.fleet;

/**
 * The change of a fleet operation: decides, from an item and its current state, the write to send
 * or {@link FleetWrite#none()} when nothing needs to change. Called from worker threads, possibly
 * at the same time for different items, so it must be thread-safe; it should not send anything
 * itself (a plan calls it too).
 *
 * @param <I> the item type (an id, a key)
 * @param <S> the current state read for the item (the item itself when there is no read)
 */
@FunctionalInterface
public interface FleetChange<I, S> {
  /**
   * The write for {@code item} whose current state is {@code current}, or {@link
   * FleetWrite#none()}.
   */
  FleetWrite decide(I item, S current);
}
