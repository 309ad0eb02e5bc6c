package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One destination of Stigg's DATA_EXPORT integration: its type, connection, latest sync and model
 * selection. Fields Stigg adds later are kept in {@link #unknownFields()}. Immutable and
 * thread-safe.
 */
@JsonDeserialize(using = StiggJson.DestinationReader.class)
public abstract class Destination {
  Destination() {}

  /** Immutables' input for {@code ImmutableDestination} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractDestination extends Destination {}

  /** A builder; the SDK reads destinations from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The warehouse type, for example {@link DestinationType#SNOWFLAKE}; unknown types are kept. */
  @JsonProperty("type")
  @Value.Parameter
  public abstract DestinationType type();

  /** When the destination was connected. */
  @JsonProperty("connectedAt")
  @Value.Parameter
  public abstract Instant connectedAt();

  /** The provider's destination id, the one {@code updateSelection} takes. */
  @JsonProperty("destinationId")
  @Value.Parameter
  public abstract String destinationId();

  /** Whether the provider reaches the destination, when reported. */
  @JsonProperty("connectionStatus")
  @Value.Parameter
  public abstract Optional<ConnectionStatus> connectionStatus();

  /** The latest sync, when there has been one. */
  @JsonProperty("lastSyncStatus")
  @Value.Parameter
  public abstract Optional<LastSyncStatus> lastSyncStatus();

  /**
   * The models the destination receives. Empty (absent) means Stigg selects the full catalog,
   * including models added later; a present list, even an empty one, is the exact selection. See
   * {@link #selectsFullCatalog()}.
   */
  @JsonProperty("enabledModels")
  @Value.Parameter
  public abstract Optional<List<String>> enabledModels();

  /**
   * Whether the destination receives the full catalog, that is, Stigg sent no {@code
   * enabledModels}.
   */
  public boolean selectsFullCatalog() {
    return enabledModels().isEmpty();
  }

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Builds a {@link Destination}: {@code type}, {@code connectedAt} and {@code destinationId} are
   * required. Not thread-safe.
   */
  public static final class Builder extends ModelBuilder<Builder> {
    private DestinationType type;
    private Instant connectedAt;
    private String destinationId;
    private ConnectionStatus connectionStatus;
    private LastSyncStatus lastSyncStatus;
    private List<String> enabledModels;

    private Builder() {}

    /** Sets the warehouse type. */
    public Builder type(DestinationType type) {
      this.type = Checks.notNull("type", type);
      return this;
    }

    /** Sets when the destination was connected. */
    public Builder connectedAt(Instant connectedAt) {
      this.connectedAt = Checks.notNull("connectedAt", connectedAt);
      return this;
    }

    /** Sets the provider's destination id. */
    public Builder destinationId(String destinationId) {
      this.destinationId = Checks.notNull("destinationId", destinationId);
      return this;
    }

    /** Sets the connection status. */
    public Builder connectionStatus(ConnectionStatus connectionStatus) {
      this.connectionStatus = Checks.notNull("connectionStatus", connectionStatus);
      return this;
    }

    /** Sets or clears (empty) the connection status. */
    public Builder connectionStatus(Optional<ConnectionStatus> connectionStatus) {
      this.connectionStatus = Checks.notNull("connectionStatus", connectionStatus).orElse(null);
      return this;
    }

    /** Sets the latest sync. */
    public Builder lastSyncStatus(LastSyncStatus lastSyncStatus) {
      this.lastSyncStatus = Checks.notNull("lastSyncStatus", lastSyncStatus);
      return this;
    }

    /** Sets or clears (empty) the latest sync. */
    public Builder lastSyncStatus(Optional<LastSyncStatus> lastSyncStatus) {
      this.lastSyncStatus = Checks.notNull("lastSyncStatus", lastSyncStatus).orElse(null);
      return this;
    }

    /** Sets the exact model selection (no model may be null). */
    public Builder enabledModels(List<String> enabledModels) {
      this.enabledModels = List.copyOf(Checks.minItems("enabledModels", enabledModels, 0));
      return this;
    }

    /** Sets the exact model selection, or (empty) the full catalog. */
    public Builder enabledModels(Optional<List<String>> enabledModels) {
      if (Checks.notNull("enabledModels", enabledModels).isPresent()) {
        return enabledModels(enabledModels.get());
      }
      this.enabledModels = null;
      return this;
    }

    /**
     * Builds the destination.
     *
     * @throws IllegalStateException {@code type is required} (and likewise for the other two)
     */
    public Destination build() {
      return ImmutableDestination.of(
          Checks.required("type", type),
          Checks.required("connectedAt", connectedAt),
          Checks.required("destinationId", destinationId),
          Optional.ofNullable(connectionStatus),
          Optional.ofNullable(lastSyncStatus),
          Optional.ofNullable(enabledModels),
          unknownFields());
    }
  }
}
