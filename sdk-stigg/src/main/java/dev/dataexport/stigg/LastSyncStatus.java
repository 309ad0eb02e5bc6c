package dev.dataexport.stigg;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.internal.StiggJson;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The latest sync of a destination, as last reported to Stigg by its export provider. Fields Stigg
 * adds later are kept in {@link #unknownFields()}. Immutable and thread-safe.
 */
@JsonDeserialize(using = StiggJson.LastSyncStatusReader.class)
public abstract class LastSyncStatus {
  LastSyncStatus() {}

  /** Immutables' input for {@code ImmutableLastSyncStatus} (see {@code package-info.java}). */
  @Value.Immutable(builder = false, copy = false)
  abstract static class AbstractLastSyncStatus extends LastSyncStatus {}

  /** A builder; the SDK reads syncs from responses, this is for tests of your own code. */
  public static Builder builder() {
    return new Builder();
  }

  /** The provider's id of the transfer. */
  @JsonProperty("transferId")
  @Value.Parameter
  public abstract String transferId();

  /** The sync's state; unknown states are kept (see {@link SyncStatus#isKnown()}). */
  @JsonProperty("status")
  @Value.Parameter
  public abstract SyncStatus status();

  /**
   * When the sync finished. Stigg documents it as always present, but a PENDING or RUNNING sync has
   * not finished, so a missing value is read as empty rather than failing the whole response.
   */
  @JsonProperty("finishedAt")
  @Value.Parameter
  public abstract Optional<Instant> finishedAt();

  /** How many rows the sync transferred, when reported. */
  @JsonProperty("rowsTransferred")
  @Value.Parameter
  public abstract OptionalLong rowsTransferred();

  /**
   * Who the provider blames for a failed sync (for example the customer's warehouse), when
   * reported.
   */
  @JsonProperty("blamedParty")
  @Value.Parameter
  public abstract Optional<String> blamedParty();

  /** A customer-friendly message when the sync failed. */
  @JsonProperty("failureMessage")
  @Value.Parameter
  public abstract Optional<String> failureMessage();

  /** Members of the response this SDK version does not name, in document order. */
  @JsonAnyGetter
  @Value.Parameter
  public abstract Map<String, JsonNode> unknownFields();

  /**
   * Builds a {@link LastSyncStatus}: {@code transferId} and {@code status} are required. Not
   * thread-safe.
   */
  public static final class Builder extends ModelBuilder<Builder> {
    private String transferId;
    private SyncStatus status;
    private Instant finishedAt;
    private OptionalLong rowsTransferred = OptionalLong.empty();
    private String blamedParty;
    private String failureMessage;

    private Builder() {}

    /** Sets the provider's id of the transfer. */
    public Builder transferId(String transferId) {
      this.transferId = Checks.notNull("transferId", transferId);
      return this;
    }

    /** Sets the sync's state. */
    public Builder status(SyncStatus status) {
      this.status = Checks.notNull("status", status);
      return this;
    }

    /** Sets when the sync finished. */
    public Builder finishedAt(Instant finishedAt) {
      this.finishedAt = Checks.notNull("finishedAt", finishedAt);
      return this;
    }

    /** Sets or clears (empty) when the sync finished. */
    public Builder finishedAt(Optional<Instant> finishedAt) {
      this.finishedAt = Checks.notNull("finishedAt", finishedAt).orElse(null);
      return this;
    }

    /** Sets how many rows the sync transferred. */
    public Builder rowsTransferred(long rowsTransferred) {
      this.rowsTransferred = OptionalLong.of(rowsTransferred);
      return this;
    }

    /** Sets or clears (empty) how many rows the sync transferred. */
    public Builder rowsTransferred(OptionalLong rowsTransferred) {
      this.rowsTransferred = Checks.notNull("rowsTransferred", rowsTransferred);
      return this;
    }

    /** Sets who the provider blames for a failed sync. */
    public Builder blamedParty(String blamedParty) {
      this.blamedParty = Checks.notNull("blamedParty", blamedParty);
      return this;
    }

    /** Sets or clears (empty) who the provider blames for a failed sync. */
    public Builder blamedParty(Optional<String> blamedParty) {
      this.blamedParty = Checks.notNull("blamedParty", blamedParty).orElse(null);
      return this;
    }

    /** Sets the failure message. */
    public Builder failureMessage(String failureMessage) {
      this.failureMessage = Checks.notNull("failureMessage", failureMessage);
      return this;
    }

    /** Sets or clears (empty) the failure message. */
    public Builder failureMessage(Optional<String> failureMessage) {
      this.failureMessage = Checks.notNull("failureMessage", failureMessage).orElse(null);
      return this;
    }

    /**
     * Builds the sync status.
     *
     * @throws IllegalStateException {@code transferId is required} or {@code status is required}
     */
    public LastSyncStatus build() {
      return ImmutableLastSyncStatus.of(
          Checks.required("transferId", transferId),
          Checks.required("status", status),
          Optional.ofNullable(finishedAt),
          rowsTransferred,
          Optional.ofNullable(blamedParty),
          Optional.ofNullable(failureMessage),
          unknownFields());
    }
  }
}
