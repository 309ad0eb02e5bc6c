package dev.dataexport.prequel;

import dev.dataexport.prequel.internal.PrequelChecks;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The filters and page size of {@code GET /transfers} and {@code GET
 * /destinations/{destination_id}/transfers}; later pages follow Prequel's {@code next_url}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public interface ListTransfersRequest {
  /** Items per page, 1..100; unset leaves Prequel's default (10). */
  OptionalInt pageSize();

  /** Only transfers in this status ({@code status}). */
  Optional<TransferStatus> status();

  /**
   * Only transfers carrying all these tags, sent as {@code include_tags=key.value,...}; keys and
   * values match {@code [A-Za-z0-9_-]+}.
   */
  Map<String, String> includeTags();

  /** Only transfers that ended before this instant ({@code ended_before}, RFC 3339). */
  Optional<Instant> endedBefore();

  /** Only transfers that ended after this instant ({@code ended_after}, RFC 3339). */
  Optional<Instant> endedAfter();

  /** Checks page size and tags before any request. */
  @Value.Check
  default void validate() {
    PrequelChecks.pageSize(pageSize());
    PrequelChecks.tags("include_tags", includeTags());
  }

  /** The request without filters, with Prequel's page size. */
  static ListTransfersRequest defaults() {
    return builder().build();
  }

  /** A new builder; every field is optional. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ListTransfersRequest}; not thread-safe. */
  final class Builder extends ImmutableListTransfersRequest.Builder {
    Builder() {}
  }
}
