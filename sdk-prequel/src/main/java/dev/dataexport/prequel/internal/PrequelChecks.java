package dev.dataexport.prequel.internal;

import dev.dataexport.core.spi.Checks;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Prequel's own input rules, in the core's wording ({@link Checks}): a field is named by its JSON
 * path (for example {@code destination.postgres.port}), and no message contains a value that may be
 * a secret. Not part of the public API.
 */
public final class PrequelChecks {
  private static final int MAX_PORT = 65535;
  private static final int MAX_PAGE_SIZE = 100;

  private PrequelChecks() {}

  /** The JSON path of a field of a vendor block, for example {@code destination.postgres.port}. */
  public static String path(String vendorKey, String field) {
    return "destination." + vendorKey + "." + field;
  }

  /**
   * Checks a destination id, which becomes a path segment: not null, not blank, no control
   * characters ({@code destinationId must not be blank}).
   */
  public static String destinationId(String destinationId) {
    return Checks.id("destinationId", destinationId);
  }

  /** Checks that a present text holds something other than whitespace. */
  public static void notBlank(String field, Optional<String> value) {
    if (value.isPresent()) {
      Checks.notBlank(field, value.get());
    }
  }

  /**
   * Checks element {@code index} of list {@code field}: {@code destination.enabled_models[1] must
   * not be blank} (or {@code must not be null}).
   */
  public static String notBlank(String field, int index, String value) {
    Checks.notNull(field, index, value);
    return value.isBlank() ? Checks.notBlank(Checks.name(field, index), value) : value;
  }

  /**
   * Checks a text that may be whitespace (a CSV delimiter may be a tab) but not empty: {@code
   * csv.delimiter must not be empty}. The core has no such rule: {@link Checks#length} also rejects
   * whitespace.
   */
  public static String notEmpty(String field, String value) {
    Checks.notNull(field, value);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    return value;
  }

  /** Checks a present port: {@code destination.postgres.port must be 1..65535, was 0}. */
  public static void port(String field, OptionalLong port) {
    if (port.isPresent() && (port.getAsLong() < 1 || port.getAsLong() > MAX_PORT)) {
      throw new IllegalArgumentException(
          field + " must be 1.." + MAX_PORT + ", was " + port.getAsLong());
    }
  }

  /** Checks that a present whole number is at least 1, in the wording of {@link Checks#atLeast}. */
  public static void atLeastOne(String field, OptionalLong value) {
    if (value.isPresent()) {
      atLeastOne(field, value.getAsLong());
    }
  }

  /**
   * Checks that a whole number is at least 1: {@code destination.frequency_minutes must be >= 1,
   * was 0}. {@link Checks#atLeast} takes an {@code int}; Prequel's numbers are {@code long}s.
   */
  public static long atLeastOne(String field, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be >= 1, was " + value);
    }
    return value;
  }

  /** Checks a transfer id, which becomes a path segment: {@code transferId must not be blank}. */
  public static String transferId(String transferId) {
    return Checks.id("transferId", transferId);
  }

  /** Checks a present page size: {@code page_size must be 1..100, was 0}. */
  public static void pageSize(OptionalInt pageSize) {
    if (pageSize.isPresent() && (pageSize.getAsInt() < 1 || pageSize.getAsInt() > MAX_PAGE_SIZE)) {
      throw new IllegalArgumentException(
          "page_size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize.getAsInt());
    }
  }

  /**
   * Checks transfer tags, whose keys and values Prequel restricts to {@code [A-Za-z0-9_-]}: {@code
   * tags key "team name" must match [A-Za-z0-9_-]+} or {@code tags.team must match [A-Za-z0-9_-]+}
   * (a value is not echoed).
   */
  public static void tags(String field, Map<String, String> tags) {
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      if (!isTagText(tag.getKey())) {
        throw new IllegalArgumentException(
            field + " key \"" + tag.getKey() + "\" must match [A-Za-z0-9_-]+");
      }
      if (!isTagText(tag.getValue())) {
        throw new IllegalArgumentException(
            field + "." + tag.getKey() + " must match [A-Za-z0-9_-]+");
      }
    }
  }

  private static boolean isTagText(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }
}
