package dev.dataexport.prequel;

import dev.dataexport.core.spi.Checks;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a list, from a first page on, fetching each next page only when iteration reaches
 * it, so at most one page is held at a time however long the list. Each {@link #iterator()} starts
 * again from the first page (it was already fetched, so no request is repeated for it). Bound the
 * total pages with {@link #maxPages(int)}. Immutable; each iterator is for one thread.
 *
 * <pre>{@code
 * for (Destination d : prequel.destinations().list(ListDestinationsRequest.defaults()).autoPager()) {
 *   ...
 * }
 * }</pre>
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;
  private final int maxPages;

  AutoPager(Page<T> first, int maxPages) {
    this.first = first;
    this.maxPages = maxPages;
  }

  /**
   * The same items, stopping after {@code maxPages} pages (this first page counts as one) even when
   * Prequel says more follow.
   *
   * @throws IllegalArgumentException {@code maxPages must be >= 1, was 0}
   */
  public AutoPager<T> maxPages(int maxPages) {
    return new AutoPager<>(first, Checks.atLeast("maxPages", maxPages, 1));
  }

  /** Iterates the items; a failed page fetch surfaces from {@code hasNext()} or {@code next()}. */
  @Override
  public Iterator<T> iterator() {
    return new Items<>(first, maxPages);
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The iterator: static, so it holds the current page only and not this pager (nor, through it,
   * the first page) once iteration moved on.
   */
  private static final class Items<T> implements Iterator<T> {
    private final int maxPages;
    private Page<T> page;
    private Iterator<T> items;
    private int pagesSeen = 1;

    Items(Page<T> first, int maxPages) {
      this.maxPages = maxPages;
      this.page = first;
      this.items = first.items().iterator();
    }

    @Override
    public boolean hasNext() {
      // A loop, not an if: a page in the middle may be empty.
      while (!items.hasNext() && page.hasNext() && pagesSeen < maxPages) {
        page = page.nextPage();
        pagesSeen++;
        items = page.items().iterator();
      }
      return items.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return items.next();
    }
  }
}
