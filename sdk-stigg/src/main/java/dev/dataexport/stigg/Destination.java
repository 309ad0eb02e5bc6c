package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One destination of Stigg's DATA_EXPORT integration: its type, connection, latest sync and model
 * selection. Fields Stigg adds later are kept in {@link #additionalProperties()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDestination.class)
@JsonDeserialize(as = ImmutableDestination.class)
public abstract class Destination {
  Destination() {}

  /** The warehouse type, for example {@link DestinationType#SNOWFLAKE}; unknown types are kept. */
  public abstract DestinationType type();

  /** When the destination was connected. */
  public abstract Instant connectedAt();

  /** The provider's destination id, the one {@code updateSelection} takes. */
  public abstract String destinationId();

  /** Whether the provider reaches the destination, when reported. */
  public abstract Optional<ConnectionStatus> connectionStatus();

  /** The latest sync, when there has been one. */
  public abstract Optional<LastSyncStatus> lastSyncStatus();

  /**
   * The models the destination receives. Empty (absent) means Stigg selects the full catalog,
   * including models added later; a present list, even an empty one, is the exact selection. See
   * {@link #selectsFullCatalog()}.
   */
  public abstract Optional<List<String>> enabledModels();

  /**
   * Whether the destination receives the full catalog, that is, Stigg sent no {@code
   * enabledModels}.
   */
  @JsonIgnore
  public boolean selectsFullCatalog() {
    return enabledModels().isEmpty();
  }

  /** Fields of the response this SDK version does not name, as read. */
  @JsonAnyGetter
  public abstract Map<String, Object> additionalProperties();
}
