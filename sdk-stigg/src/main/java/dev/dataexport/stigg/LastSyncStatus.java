package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The latest sync of a destination, as last reported to Stigg by its export provider. Fields Stigg
 * adds later are kept in {@link #additionalProperties()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLastSyncStatus.class)
@JsonDeserialize(as = ImmutableLastSyncStatus.class)
public abstract class LastSyncStatus {
  LastSyncStatus() {}

  /** The provider's id of the transfer. */
  public abstract String transferId();

  /** The sync's state; unknown states are kept (see {@link SyncStatus#isKnown()}). */
  public abstract SyncStatus status();

  /**
   * When the sync finished. Stigg documents it as always present, but a PENDING or RUNNING sync has
   * not finished, so a missing value is read as empty rather than failing the whole response.
   */
  public abstract Optional<Instant> finishedAt();

  /** How many rows the sync transferred, when reported. */
  public abstract OptionalLong rowsTransferred();

  /**
   * Who the provider blames for a failed sync (for example the customer's warehouse), when
   * reported.
   */
  public abstract Optional<String> blamedParty();

  /** A customer-friendly message when the sync failed. */
  public abstract Optional<String> failureMessage();

  /** Fields of the response this SDK version does not name, as read. */
  @JsonAnyGetter
  public abstract Map<String, Object> additionalProperties();
}
