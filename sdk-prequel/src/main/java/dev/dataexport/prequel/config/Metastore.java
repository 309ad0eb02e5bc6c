package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.internal.Choices;

/**
 * The {@code metastore} choice of the databricks block: {@code hive} with a staging bucket, or
 * {@code unity_catalog}.
 */
public sealed interface Metastore extends ChoiceOption
    permits Metastore.Hive, Metastore.UnityCatalog {
  /** {@code "metastore": "hive", "hive": {"bucket_vendor": ..., ...}}. */
  static Metastore hive(StagingBucket bucket) {
    return new Hive(bucket);
  }

  /** {@code "metastore": "unity_catalog"}; Prequel documents no sibling object for it. */
  static Metastore unityCatalog() {
    return UnityCatalog.INSTANCE;
  }

  /**
   * The Hive metastore with its staging bucket.
   *
   * @param bucket the staging bucket, written as {@code bucket_vendor} plus its object
   */
  record Hive(@JsonIgnore StagingBucket bucket) implements Metastore {
    /** Requires the bucket. */
    public Hive {
      Checks.notNull("hive.bucket_vendor", bucket);
    }

    @JsonUnwrapped
    @JsonProperty("choices") // never written: the fields land in this object
    Choices choiceFields() {
      return Choices.fields().add("bucket_vendor", bucket);
    }

    @Override
    public String optionName() {
      return "hive";
    }
  }

  /** Unity Catalog. */
  enum UnityCatalog implements Metastore {
    /** The one value. */
    INSTANCE;

    @Override
    public String optionName() {
      return "unity_catalog";
    }

    @Override
    public Object optionBody() {
      return null;
    }
  }
}
