package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.prequel.internal.PrequelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Prequel destination as returned in {@code data.destination}. Read tolerantly: only {@code id}
 * is required, missing fields are empty, unknown fields are kept in {@link #otherFields()}, and
 * unknown vendors and statuses are kept as open-enum values. The vendor block comes back without
 * secrets; see {@link #vendorSettings()}. Immutable and thread-safe.
 */
@Value.Immutable
@PrequelStyle
@JsonDeserialize(as = ImmutableDestination.class)
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
  Optional<Integer> frequencyMinutes();

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
  Optional<Integer> maxConcurrentTransfers();

  /** How many queries one transfer may run at once. */
  @JsonProperty("max_concurrent_queries_per_transfer")
  Optional<Integer> maxConcurrentQueriesPerTransfer();

  /** Whether transfers run. */
  @JsonProperty("is_enabled")
  Optional<Boolean> isEnabled();

  /** The last transfer that completed. */
  @JsonProperty("last_completed_transfer")
  Optional<Transfer> lastCompletedTransfer();

  /** Rows written in the last billing period. */
  @JsonProperty("total_rows_transferred_last_billing_period")
  Optional<Long> totalRowsTransferredLastBillingPeriod();

  /** Changed rows written in the last billing period. */
  @JsonProperty("total_delta_rows_transferred_last_billing_period")
  Optional<Long> totalDeltaRowsTransferredLastBillingPeriod();

  /** Rows written so far in the current billing period. */
  @JsonProperty("total_rows_transferred_current_billing_period")
  Optional<Long> totalRowsTransferredCurrentBillingPeriod();

  /** Fields this SDK version does not name (the vendor block among them), kept as received. */
  @JsonAnyGetter
  Map<String, JsonNode> otherFields();

  /** The vendor block as returned (under the key {@link #vendor()}), when present. */
  default Optional<VendorSettings> vendorSettings() {
    return vendor()
        .map(v -> otherFields().get(v.value()))
        .filter(JsonNode::isObject)
        .map(node -> new VendorSettings(vendor().get().value(), (ObjectNode) node));
  }
}
