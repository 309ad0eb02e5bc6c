package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.config.AbsConfig;
import dev.dataexport.prequel.config.AthenaConfig;
import dev.dataexport.prequel.config.AuroraMysqlConfig;
import dev.dataexport.prequel.config.AuroraPostgresConfig;
import dev.dataexport.prequel.config.BigQueryConfig;
import dev.dataexport.prequel.config.ClickHouseConfig;
import dev.dataexport.prequel.config.DatabricksConfig;
import dev.dataexport.prequel.config.DeltaLakeConfig;
import dev.dataexport.prequel.config.GcsConfig;
import dev.dataexport.prequel.config.GoogleSheetsConfig;
import dev.dataexport.prequel.config.IcebergConfig;
import dev.dataexport.prequel.config.MongoDbConfig;
import dev.dataexport.prequel.config.MotherDuckConfig;
import dev.dataexport.prequel.config.MysqlConfig;
import dev.dataexport.prequel.config.OracleConfig;
import dev.dataexport.prequel.config.PlanetScaleConfig;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.config.RawVendorBlock;
import dev.dataexport.prequel.config.RedshiftConfig;
import dev.dataexport.prequel.config.RedshiftServerlessConfig;
import dev.dataexport.prequel.config.S3CompatibleConfig;
import dev.dataexport.prequel.config.S3Config;
import dev.dataexport.prequel.config.SftpConfig;
import dev.dataexport.prequel.config.SingleStoreConfig;
import dev.dataexport.prequel.config.SnowflakeConfig;
import dev.dataexport.prequel.config.SqlServerConfig;
import dev.dataexport.prequel.config.VendorBlock;
import dev.dataexport.prequel.internal.Choices;
import dev.dataexport.prequel.internal.PrequelChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A partial update of a Prequel destination, sent as {@code {"destination": {...}}}: only the
 * fields set here are sent, and Prequel keeps every other stored value. Fields that can be reset to
 * Prequel's default are {@link Settable}: unset (left out), explicitly cleared (JSON {@code null})
 * or a value. At most one vendor block. Immutable and thread-safe; build with {@link #builder()},
 * which validates before any request is made.
 *
 * <p>Written by hand rather than by Immutables because its builder needs three-state setters,
 * appending and replacing model lists, and one exclusive vendor slot.
 */
public final class DestinationUpdate {
  /** Field names of the destination object itself; a raw vendor block must not reuse one. */
  private static final Set<String> TOP_LEVEL_FIELDS =
      Set.of(
          "name",
          "frequency_minutes",
          "enabled_models",
          "max_concurrent_transfers",
          "max_concurrent_queries_per_transfer",
          "is_enabled",
          "machine_type_id");

  private final String name;
  private final Long frequencyMinutes;
  private final List<String> enabledModels;
  private final Settable<Long> maxConcurrentTransfers;
  private final Settable<Long> maxConcurrentQueriesPerTransfer;
  private final Boolean isEnabled;
  private final Settable<String> machineTypeId;
  private final VendorBlock vendor;

  private DestinationUpdate(Builder builder) {
    this.name = builder.name;
    this.frequencyMinutes = builder.frequencyMinutes;
    this.enabledModels = builder.shareModels();
    this.maxConcurrentTransfers = builder.maxConcurrentTransfers;
    this.maxConcurrentQueriesPerTransfer = builder.maxConcurrentQueriesPerTransfer;
    this.isEnabled = builder.isEnabled;
    this.machineTypeId = builder.machineTypeId;
    this.vendor = builder.vendor;
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name, if set. */
  @JsonProperty("name")
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The new schedule in minutes (Prequel documents 15, 60, 360, 720 and 1440), if set. */
  @JsonProperty("frequency_minutes")
  public OptionalLong frequencyMinutes() {
    return frequencyMinutes == null ? OptionalLong.empty() : OptionalLong.of(frequencyMinutes);
  }

  /** The models to export, replacing the stored list, if set (an empty list exports none). */
  @JsonProperty("enabled_models")
  public Optional<List<String>> enabledModels() {
    return Optional.ofNullable(enabledModels);
  }

  /** How many transfers may run at once: unset, cleared (Prequel's default) or a value. */
  @JsonProperty("max_concurrent_transfers")
  @JsonInclude(JsonInclude.Include.NON_EMPTY) // unset is left out
  public Settable<Long> maxConcurrentTransfers() {
    return maxConcurrentTransfers;
  }

  /**
   * How many queries one transfer may run at once: unset, cleared (Prequel's default) or a value.
   */
  @JsonProperty("max_concurrent_queries_per_transfer")
  @JsonInclude(JsonInclude.Include.NON_EMPTY) // unset is left out
  public Settable<Long> maxConcurrentQueriesPerTransfer() {
    return maxConcurrentQueriesPerTransfer;
  }

  /** Whether transfers run, if set. */
  @JsonProperty("is_enabled")
  public Optional<Boolean> isEnabled() {
    return Optional.ofNullable(isEnabled);
  }

  /** The machine type (a UUID): unset, cleared (Prequel's default) or a value. */
  @JsonProperty("machine_type_id")
  @JsonInclude(JsonInclude.Include.NON_EMPTY) // unset is left out
  public Settable<String> machineTypeId() {
    return machineTypeId;
  }

  /** The vendor block, if set. */
  @JsonIgnore
  public Optional<VendorBlock> vendor() {
    return Optional.ofNullable(vendor);
  }

  @JsonUnwrapped
  @JsonProperty("vendor_block") // never written: the block lands in this object under its key
  Choices vendorField() {
    return vendor == null ? Choices.fields() : Choices.fields().field(vendor.vendorKey(), vendor);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DestinationUpdate)) {
      return false;
    }
    DestinationUpdate that = (DestinationUpdate) other;
    return Objects.equals(name, that.name)
        && Objects.equals(frequencyMinutes, that.frequencyMinutes)
        && Objects.equals(enabledModels, that.enabledModels)
        && maxConcurrentTransfers.equals(that.maxConcurrentTransfers)
        && maxConcurrentQueriesPerTransfer.equals(that.maxConcurrentQueriesPerTransfer)
        && Objects.equals(isEnabled, that.isEnabled)
        && machineTypeId.equals(that.machineTypeId)
        && Objects.equals(vendor, that.vendor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        frequencyMinutes,
        enabledModels,
        maxConcurrentTransfers,
        maxConcurrentQueriesPerTransfer,
        isEnabled,
        machineTypeId,
        vendor);
  }

  /** Lists the fields set; secrets in the vendor block print masked. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("DestinationUpdate{");
    append(text, "name", name);
    append(text, "frequencyMinutes", frequencyMinutes);
    append(text, "enabledModels", enabledModels);
    append(
        text,
        "maxConcurrentTransfers",
        maxConcurrentTransfers.isUnset() ? null : maxConcurrentTransfers);
    append(
        text,
        "maxConcurrentQueriesPerTransfer",
        maxConcurrentQueriesPerTransfer.isUnset() ? null : maxConcurrentQueriesPerTransfer);
    append(text, "isEnabled", isEnabled);
    append(text, "machineTypeId", machineTypeId.isUnset() ? null : machineTypeId);
    append(text, "vendor", vendor);
    return text.append('}').toString();
  }

  private static void append(StringBuilder text, String field, Object value) {
    if (value != null) {
      text.append(text.charAt(text.length() - 1) == '{' ? "" : ", ")
          .append(field)
          .append('=')
          .append(value);
    }
  }

  /** Builds a {@link DestinationUpdate}; not thread-safe. Every field starts unset. */
  public static final class Builder {
    private String name;
    private Long frequencyMinutes;
    private List<String> enabledModels;

    /** Whether a built update holds {@link #enabledModels}: the next change copies it first. */
    private boolean modelsShared;

    private Settable<Long> maxConcurrentTransfers = Settable.unset();
    private Settable<Long> maxConcurrentQueriesPerTransfer = Settable.unset();
    private Boolean isEnabled;
    private Settable<String> machineTypeId = Settable.unset();
    private VendorBlock vendor;

    private Builder() {}

    /** Renames the destination. */
    public Builder name(String name) {
      this.name = Checks.notNull("destination.name", name);
      return this;
    }

    /** Sets the schedule in minutes (1 or more; Prequel documents 15, 60, 360, 720 and 1440). */
    public Builder frequencyMinutes(long frequencyMinutes) {
      this.frequencyMinutes = frequencyMinutes;
      return this;
    }

    /** Replaces the models to export with {@code models} (an empty collection exports none). */
    public Builder enabledModels(Collection<String> models) {
      this.enabledModels = new ArrayList<>(Checks.notNull("destination.enabled_models", models));
      this.modelsShared = false;
      return this;
    }

    /** Appends models to the list this builder sends (starting from an empty list). */
    public Builder addEnabledModels(String... models) {
      Checks.notNull("destination.enabled_models", models);
      if (enabledModels == null || modelsShared) {
        enabledModels = enabledModels == null ? new ArrayList<>() : new ArrayList<>(enabledModels);
        modelsShared = false;
      }
      enabledModels.addAll(
          Arrays.asList(models)); // a null model is reported, with its index, by build()
      return this;
    }

    /** Turns transfers on or off. */
    public Builder isEnabled(boolean isEnabled) {
      this.isEnabled = isEnabled;
      return this;
    }

    /** Sets how many transfers may run at once (1 or more). */
    public Builder maxConcurrentTransfers(long maxConcurrentTransfers) {
      this.maxConcurrentTransfers = Settable.of(maxConcurrentTransfers);
      return this;
    }

    /** Sends {@code "max_concurrent_transfers": null}, which resets it to Prequel's default. */
    public Builder clearMaxConcurrentTransfers() {
      this.maxConcurrentTransfers = Settable.ofNull();
      return this;
    }

    /** Sets how many queries one transfer may run at once (1 or more). */
    public Builder maxConcurrentQueriesPerTransfer(long maxConcurrentQueriesPerTransfer) {
      this.maxConcurrentQueriesPerTransfer = Settable.of(maxConcurrentQueriesPerTransfer);
      return this;
    }

    /**
     * Sends {@code "max_concurrent_queries_per_transfer": null}, which resets it to Prequel's
     * default.
     */
    public Builder clearMaxConcurrentQueriesPerTransfer() {
      this.maxConcurrentQueriesPerTransfer = Settable.ofNull();
      return this;
    }

    /** Sets the machine type id (a UUID). */
    public Builder machineTypeId(String machineTypeId) {
      this.machineTypeId =
          Settable.of(Checks.notNull("destination.machine_type_id", machineTypeId));
      return this;
    }

    /** Sends {@code "machine_type_id": null}, which resets it to Prequel's default machine type. */
    public Builder clearMachineTypeId() {
      this.machineTypeId = Settable.ofNull();
      return this;
    }

    /**
     * Sets the vendor block. Setting a block for the same vendor again replaces it; a block for a
     * second vendor fails at once, since a destination has one vendor.
     *
     * @throws IllegalArgumentException when a block for another vendor is already set
     */
    public Builder vendor(VendorBlock block) {
      Checks.notNull("destination vendor block", block);
      if (vendor != null && !vendor.vendorKey().equals(block.vendorKey())) {
        throw new IllegalArgumentException(
            "destination may hold at most one vendor block: "
                + vendor.vendorKey()
                + " is set, so "
                + block.vendorKey()
                + " cannot be added");
      }
      this.vendor = block;
      return this;
    }

    /**
     * Sends {@code body} as the block {@code vendorKey}, for vendors or fields this SDK does not
     * model yet.
     */
    public Builder rawVendor(String vendorKey, ObjectNode body) {
      RawVendorBlock block = RawVendorBlock.of(vendorKey, body);
      if (TOP_LEVEL_FIELDS.contains(vendorKey)) {
        throw new IllegalArgumentException(
            "destination."
                + vendorKey
                + " is a destination field, not a vendor block; use its own setter");
      }
      return vendor(block);
    }

    /** Sets the {@code abs} block. */
    public Builder abs(AbsConfig config) {
      return vendor(config);
    }

    /** Sets the {@code athena} block. */
    public Builder athena(AthenaConfig config) {
      return vendor(config);
    }

    /** Sets the {@code aurora_mysql} block. */
    public Builder auroraMysql(AuroraMysqlConfig config) {
      return vendor(config);
    }

    /** Sets the {@code aurora_postgres} block. */
    public Builder auroraPostgres(AuroraPostgresConfig config) {
      return vendor(config);
    }

    /** Sets the {@code bigquery} block. */
    public Builder bigQuery(BigQueryConfig config) {
      return vendor(config);
    }

    /** Sets the {@code clickhouse} block. */
    public Builder clickHouse(ClickHouseConfig config) {
      return vendor(config);
    }

    /** Sets the {@code databricks} block. */
    public Builder databricks(DatabricksConfig config) {
      return vendor(config);
    }

    /** Sets the {@code delta_lake} block. */
    public Builder deltaLake(DeltaLakeConfig config) {
      return vendor(config);
    }

    /** Sets the {@code gcs} block. */
    public Builder gcs(GcsConfig config) {
      return vendor(config);
    }

    /** Sets the {@code google_sheets} block. */
    public Builder googleSheets(GoogleSheetsConfig config) {
      return vendor(config);
    }

    /** Sets the {@code iceberg} block. */
    public Builder iceberg(IcebergConfig config) {
      return vendor(config);
    }

    /** Sets the {@code mongodb} block. */
    public Builder mongoDb(MongoDbConfig config) {
      return vendor(config);
    }

    /** Sets the {@code motherduck} block. */
    public Builder motherDuck(MotherDuckConfig config) {
      return vendor(config);
    }

    /** Sets the {@code mysql} block. */
    public Builder mysql(MysqlConfig config) {
      return vendor(config);
    }

    /** Sets the {@code oracle} block. */
    public Builder oracle(OracleConfig config) {
      return vendor(config);
    }

    /** Sets the {@code planetscale} block. */
    public Builder planetScale(PlanetScaleConfig config) {
      return vendor(config);
    }

    /** Sets the {@code postgres} block. */
    public Builder postgres(PostgresConfig config) {
      return vendor(config);
    }

    /** Sets the {@code redshift} block. */
    public Builder redshift(RedshiftConfig config) {
      return vendor(config);
    }

    /** Sets the {@code redshift_serverless} block. */
    public Builder redshiftServerless(RedshiftServerlessConfig config) {
      return vendor(config);
    }

    /** Sets the {@code s3} block. */
    public Builder s3(S3Config config) {
      return vendor(config);
    }

    /** Sets the {@code s3_compatible} block. */
    public Builder s3Compatible(S3CompatibleConfig config) {
      return vendor(config);
    }

    /** Sets the {@code sftp} block. */
    public Builder sftp(SftpConfig config) {
      return vendor(config);
    }

    /** Sets the {@code singlestore} block. */
    public Builder singleStore(SingleStoreConfig config) {
      return vendor(config);
    }

    /** Sets the {@code snowflake} block. */
    public Builder snowflake(SnowflakeConfig config) {
      return vendor(config);
    }

    /** Sets the {@code sql_server} block. */
    public Builder sqlServer(SqlServerConfig config) {
      return vendor(config);
    }

    /**
     * The models for a new update, read-only: the builder's one copy of the caller's list is shared
     * rather than copied again (a 200-model list is 0.8 KB a copy; {@code List.copyOf} of an {@code
     * ArrayList} copies it twice), and this builder copies before changing it again.
     */
    private List<String> shareModels() {
      if (enabledModels == null) {
        return null;
      }
      modelsShared = true;
      return Collections.unmodifiableList(enabledModels);
    }

    /**
     * Validates and builds the update.
     *
     * @throws IllegalArgumentException naming the field (for example {@code
     *     destination.frequency_minutes must be >= 1, was 0}) when a value is invalid or nothing is
     *     set
     * @throws NullPointerException for a null model ({@code destination.enabled_models[1] must not
     *     be null})
     */
    public DestinationUpdate build() {
      if (name != null) {
        Checks.notBlank("destination.name", name);
      }
      if (frequencyMinutes != null) {
        PrequelChecks.atLeastOne("destination.frequency_minutes", frequencyMinutes);
      }
      if (enabledModels != null) {
        for (int i = 0; i < enabledModels.size(); i++) {
          PrequelChecks.notBlank("destination.enabled_models", i, enabledModels.get(i));
        }
      }
      if (maxConcurrentTransfers.isPresent()) {
        PrequelChecks.atLeastOne(
            "destination.max_concurrent_transfers", maxConcurrentTransfers.get());
      }
      if (maxConcurrentQueriesPerTransfer.isPresent()) {
        PrequelChecks.atLeastOne(
            "destination.max_concurrent_queries_per_transfer",
            maxConcurrentQueriesPerTransfer.get());
      }
      PrequelChecks.notBlank("destination.machine_type_id", machineTypeId.asOptional());
      DestinationUpdate update = new DestinationUpdate(this);
      if (vendor == null
          && name == null
          && frequencyMinutes == null
          && enabledModels == null
          && isEnabled == null
          && maxConcurrentTransfers.isUnset()
          && maxConcurrentQueriesPerTransfer.isUnset()
          && machineTypeId.isUnset()) {
        throw new IllegalArgumentException("destination update sets no field; set at least one");
      }
      return update;
    }
  }
}
