package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a sync trigger did for one destination: whether a transfer started, its id, or why not.
 * Fields Stigg adds later are kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.SyncResultReader.class)
public abstract class SyncResult {
  SyncResult() {}

  /** Immutables' input for {@code ImmutableSyncResult} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractSyncResult extends SyncResult {}

  /** A builder; the SDK reads results from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The provider destination id. */
  @JsonProperty("destinationId")
  @Value.Parameter
  public abstract String destinationId();

  /** Whether Stigg's provider started a transfer for the destination. */
  @JsonProperty("triggered")
  @Value.Parameter
  public abstract boolean triggered();

  /** Why no transfer started, when Stigg says. */
  @JsonProperty("errorMessage")
  @Value.Parameter
  public abstract Optional<String> errorMessage();

  /**
   * The provider's id of the transfer that started; it is the {@code transferId} that the
   * destination's {@link LastSyncStatus} later reports.
   */
  @JsonProperty("transferId")
  @Value.Parameter
  public abstract Optional<String> transferId();

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Builds a {@link SyncResult}: {@code destinationId} and {@code triggered} are required. Not
   * thread-safe.
   */
  public static final class Builder extends ModelBuilder<Builder> {
    private String destinationId;
    private Boolean triggered;
    private String errorMessage;
    private String transferId;

    private Builder() {}

    /** Sets the provider destination id. */
    public Builder destinationId(String destinationId) {
      this.destinationId = Checks.notNull("destinationId", destinationId);
      return this;
    }

    /** Sets whether a transfer started. */
    public Builder triggered(boolean triggered) {
      this.triggered = triggered;
      return this;
    }

    /** Sets why no transfer started. */
    public Builder errorMessage(String errorMessage) {
      this.errorMessage = Checks.notNull("errorMessage", errorMessage);
      return this;
    }

    /** Sets or clears (empty) why no transfer started. */
    public Builder errorMessage(Optional<String> errorMessage) {
      this.errorMessage = Checks.notNull("errorMessage", errorMessage).orElse(null);
      return this;
    }

    /** Sets the transfer's id. */
    public Builder transferId(String transferId) {
      this.transferId = Checks.notNull("transferId", transferId);
      return this;
    }

    /** Sets or clears (empty) the transfer's id. */
    public Builder transferId(Optional<String> transferId) {
      this.transferId = Checks.notNull("transferId", transferId).orElse(null);
      return this;
    }

    /**
     * Builds the result.
     *
     * @throws IllegalStateException {@code destinationId is required} or {@code triggered is
     *     required}
     */
    public SyncResult build() {
      return ImmutableSyncResult.of(
          Checks.required("destinationId", destinationId),
          Checks.required("triggered", triggered),
          Optional.ofNullable(errorMessage),
          Optional.ofNullable(transferId),
          unknownFields());
    }
  }
}
