package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.config.VendorBlock;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.NewDestinationRules;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The full configuration of a destination that does not exist yet, for {@code POST /destinations}
 * and {@code POST /test-destination}: {@code {"destination": {"vendor", "name", "recipient_id",
 * <vendor block with its credential>, ...}}}. The vendor block is one of the update's typed blocks
 * ({@code dev.dataexport.prequel.config}); {@code build()} requires the name, the recipient, the
 * block, and the block's connection fields and credential (for example {@code host}, {@code port},
 * {@code database}, {@code schema} and {@code auth_method} of {@code postgres}), so an incomplete
 * destination cannot be built. Which fields a vendor needs is inferred from Prequel's reference
 * page; a {@code RawVendorBlock} is sent as given. Immutable and thread-safe.
 *
 * <pre>{@code
 * NewDestination.builder().name("acme-warehouse").recipientId("rcp_acme")
 *     .vendor(PostgresConfig.builder().host("db.acme.com").port(5432).database("analytics")
 *         .schema("export").passwordAuth("exporter", Secret.of(password)).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface NewDestination {
  /** The destination's name (not blank). */
  @JsonProperty("name")
  String name();

  /** The recipient (your customer) the destination belongs to. */
  @JsonProperty("recipient_id")
  String recipientId();

  /** The vendor block, credential included; its key is sent as {@code vendor}. */
  VendorBlock vendor();

  /** The schedule in minutes (1 or more; Prequel documents 15, 60, 360, 720 and 1440). */
  @JsonProperty("frequency_minutes")
  OptionalLong frequencyMinutes();

  /** The models to export; none set leaves Prequel's default. */
  @JsonProperty("enabled_models")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> enabledModels();

  /** How many transfers may run at once (1 or more). */
  @JsonProperty("max_concurrent_transfers")
  OptionalLong maxConcurrentTransfers();

  /** How many queries one transfer may run at once (1 or more). */
  @JsonProperty("max_concurrent_queries_per_transfer")
  OptionalLong maxConcurrentQueriesPerTransfer();

  /** Whether transfers run. */
  @JsonProperty("is_enabled")
  Optional<Boolean> isEnabled();

  /** The machine type (a UUID). */
  @JsonProperty("machine_type_id")
  Optional<String> machineTypeId();

  /** The vendor's key, sent as {@code vendor}. */
  @JsonProperty("vendor")
  default String vendorKey() {
    return vendor().vendorKey();
  }

  /** The vendor block under its key, as written to JSON. */
  @JsonUnwrapped
  @JsonProperty("vendor_block") // never written: the block lands in this object under its key
  default Choices vendorField() {
    return Choices.fields().field(vendor().vendorKey(), vendor());
  }

  /**
   * Checks the values (the builder calls it, so an invalid destination cannot be built); messages
   * name the JSON path, for example {@code destination.postgres.host is required}.
   */
  @Value.Check
  default void validate() {
    Checks.notBlank("destination.name", name());
    Checks.id("destination.recipient_id", recipientId());
    PrequelChecks.atLeastOne("destination.frequency_minutes", frequencyMinutes());
    for (int i = 0; i < enabledModels().size(); i++) {
      PrequelChecks.notBlank("destination.enabled_models", i, enabledModels().get(i));
    }
    PrequelChecks.atLeastOne("destination.max_concurrent_transfers", maxConcurrentTransfers());
    PrequelChecks.atLeastOne(
        "destination.max_concurrent_queries_per_transfer", maxConcurrentQueriesPerTransfer());
    PrequelChecks.notBlank("destination.machine_type_id", machineTypeId());
    NewDestinationRules.check(vendor());
  }

  /** A new builder; {@code name}, {@code recipientId} and {@code vendor} are required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NewDestination}; not thread-safe. */
  final class Builder extends ImmutableNewDestination.Builder {
    Builder() {}
  }
}
