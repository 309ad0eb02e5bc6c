package dev.dataexport.prequel.internal;

import java.util.List;
import java.util.Optional;

/**
 * One decoded page of a list call: its items and where the next page is. Not part of the public
 * API; {@code Page} wraps it with the way to fetch the next page.
 *
 * @param <T> the item type
 * @param items the items, in order
 * @param hasNext Prequel's {@code has_next}
 * @param nextUrl Prequel's {@code next_url}, if given
 */
public record PageContent<T>(List<T> items, boolean hasNext, Optional<String> nextUrl) {}
