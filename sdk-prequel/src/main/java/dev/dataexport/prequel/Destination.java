package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.prequel.internal.PrequelJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A Prequel destination as returned in {@code data.destination}. Read tolerantly: only {@code id}
 * is required, missing fields are empty, unknown fields are kept in {@link #unknownFields()}, and
 * unknown vendors and statuses are kept as open-enum values. The vendor block comes back without
 * secrets; see {@link #vendorSettings()}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonDeserialize(using = PrequelJson.DestinationReader.class)
public interface Destination {
  /** The destination id. */
  @JsonProperty("id")
  String id();

  /** The vendor (open enum), which is also the key of the vendor block. */
  @JsonProperty("vendor")
  Optional<Vendor> vendor();

  /** The name. */
  @JsonProperty("name")
  Optional<String> name();

  /** The recipient the destination belongs to. */
  @JsonProperty("recipient_id")
  Optional<String> recipientId();

  /** When it was created. */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /** When it was last changed. */
  @JsonProperty("updated_at")
  Optional<Instant> updatedAt();

  /** When its last successful transfer ended. */
  @JsonProperty("last_successful_transfer_ended_at")
  Optional<Instant> lastSuccessfulTransferEndedAt();

  /** The schedule in minutes. */
  @JsonProperty("frequency_minutes")
  OptionalLong frequencyMinutes();

  /** Your own id for the destination, when you set one. */
  @JsonProperty("id_in_provider_system")
  Optional<String> idInProviderSystem();

  /** The products exported. */
  @JsonProperty("products")
  List<String> products();

  /** The models exported. */
  @JsonProperty("enabled_models")
  List<String> enabledModels();

  /** How many transfers may run at once. */
  @JsonProperty("max_concurrent_transfers")
  OptionalLong maxConcurrentTransfers();

  /** How many queries one transfer may run at once. */
  @JsonProperty("max_concurrent_queries_per_transfer")
  OptionalLong maxConcurrentQueriesPerTransfer();

  /** Whether transfers run. */
  @JsonProperty("is_enabled")
  Optional<Boolean> isEnabled();

  /** The last transfer that completed. */
  @JsonProperty("last_completed_transfer")
  Optional<Transfer> lastCompletedTransfer();

  /** Rows written in the last billing period. */
  @JsonProperty("total_rows_transferred_last_billing_period")
  OptionalLong totalRowsTransferredLastBillingPeriod();

  /** Changed rows written in the last billing period. */
  @JsonProperty("total_delta_rows_transferred_last_billing_period")
  OptionalLong totalDeltaRowsTransferredLastBillingPeriod();

  /** Rows written so far in the current billing period. */
  @JsonProperty("total_rows_transferred_current_billing_period")
  OptionalLong totalRowsTransferredCurrentBillingPeriod();

  /** Fields this SDK version does not name (the vendor block among them), kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> unknownFields();

  /** The vendor block as returned (under the key {@link #vendor()}), when present. */
  default Optional<VendorSettings> vendorSettings() {
    return vendor()
        .map(v -> unknownFields().get(v.value()))
        .filter(JsonNode::isObject)
        .map(node -> new VendorSettings(vendor().get().value(), (ObjectNode) node));
  }

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Destination}; not thread-safe. */
  final class Builder extends ImmutableDestination.Builder {
    Builder() {}
  }
}
