package dev.dataexport.prequel.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dataexport.prequel.internal.PrequelChecks;

/**
 * The {@code file_format} choice of object-storage blocks: {@code parquet}, or {@code csv} with an
 * optional {@code csv{delimiter}} object.
 */
public sealed interface FileFormat extends ChoiceOption permits FileFormat.Parquet, FileFormat.Csv {
  /** {@code "file_format": "parquet"}. */
  static FileFormat parquet() {
    return Parquet.INSTANCE;
  }

  /** {@code "file_format": "csv"} with Prequel's default delimiter. */
  static FileFormat csv() {
    return new Csv(null);
  }

  /**
   * {@code "file_format": "csv", "csv": {"delimiter": delimiter}}; a tab is allowed, the empty
   * string is not.
   */
  static FileFormat csv(String delimiter) {
    return new Csv(PrequelChecks.notEmpty("csv.delimiter", delimiter));
  }

  /** Parquet files; no sibling object. */
  enum Parquet implements FileFormat {
    /** The one value. */
    INSTANCE;

    @Override
    public String optionName() {
      return "parquet";
    }

    @Override
    public Object optionBody() {
      return null;
    }
  }

  /**
   * CSV files.
   *
   * @param delimiter the field delimiter, or null for Prequel's default (no {@code csv} object is
   *     sent)
   */
  record Csv(@JsonProperty("delimiter") @JsonInclude(JsonInclude.Include.NON_NULL) String delimiter)
      implements FileFormat {
    /** Rejects an empty delimiter. */
    public Csv {
      if (delimiter != null) {
        PrequelChecks.notEmpty("csv.delimiter", delimiter);
      }
    }

    @Override
    public String optionName() {
      return "csv";
    }

    @Override
    public Object optionBody() {
      return delimiter == null ? null : this;
    }
  }
}
