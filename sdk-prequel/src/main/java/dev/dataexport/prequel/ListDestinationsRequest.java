package dev.dataexport.prequel;

import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The first page to ask of {@code GET /destinations}; later pages follow Prequel's {@code
 * next_url}, never a cursor built here. Immutable and thread-safe.
 */
@Value.Immutable
public interface ListDestinationsRequest {
  /** Items per page, 1..100; unset leaves Prequel's default (10). */
  OptionalInt pageSize();

  /** Checks the page size: {@code page_size must be 1..100, was 0}. */
  @Value.Check
  default void validate() {
    PrequelChecks.pageSize(pageSize());
  }

  /** The request with Prequel's defaults. */
  static ListDestinationsRequest defaults() {
    return builder().build();
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListDestinationsRequest}; not thread-safe. */
  final class Builder extends ImmutableListDestinationsRequest.Builder {
    Builder() {}
  }
}
