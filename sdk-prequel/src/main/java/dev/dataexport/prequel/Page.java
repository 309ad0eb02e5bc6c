package dev.dataexport.prequel;

import dev.dataexport.core.spi.Transport.AsyncValues;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a Prequel list: its items, whether there is another, and the way to fetch it by
 * following Prequel's {@code next_url} (never by building a cursor). {@link #autoPager()} walks
 * this page and every later one lazily, holding one page at a time. A {@code next_url} outside the
 * client's base URL (another host, port, scheme or path) is refused when the next page is asked
 * for, so the API key never leaves the base URL. Immutable and thread-safe.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final boolean hasNext;
  private final Optional<String> nextUrl;
  private final PageFollower<T> follower;

  Page(List<T> items, boolean hasNext, Optional<String> nextUrl, PageFollower<T> follower) {
    this.items = List.copyOf(items);
    this.hasNext = hasNext;
    this.nextUrl = nextUrl;
    this.follower = follower;
  }

  /** The items of this page, in Prequel's order. */
  public List<T> items() {
    return items;
  }

  /** Whether Prequel says another page follows ({@code has_next}) and gave its {@code next_url}. */
  public boolean hasNext() {
    return hasNext && nextUrl.isPresent();
  }

  /** Prequel's {@code next_url}, as received. */
  public Optional<String> nextUrl() {
    return nextUrl;
  }

  /**
   * Fetches the next page with the same per-call options as this one.
   *
   * @throws NoSuchElementException when {@link #hasNext()} is false
   * @throws dev.dataexport.core.errors.InvalidResponseException when {@code next_url} leaves the
   *     base URL (refused before any request) or the page cannot be read
   */
  public Page<T> nextPage() {
    return follower.fetch(next()).value();
  }

  /** Like {@link #nextPage()} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Page<T>> nextPageAsync() {
    return AsyncValues.of(follower.fetchAsync(next()));
  }

  /**
   * Every item of this page and of the pages after it, fetched one page at a time as iteration
   * reaches them; bound the pages with {@link AutoPager#maxPages(int)}.
   */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this, Integer.MAX_VALUE);
  }

  private String next() {
    if (!hasNext()) {
      throw new NoSuchElementException("this is the last page: has_next is not true");
    }
    return nextUrl.get();
  }

  /** Names the item count and whether more follow, not the items. */
  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNext=" + hasNext() + "}";
  }
}
