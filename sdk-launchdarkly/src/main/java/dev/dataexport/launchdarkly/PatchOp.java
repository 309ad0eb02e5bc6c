package dev.dataexport.launchdarkly;

import java.util.Locale;

/** The six RFC 6902 operations. */
public enum PatchOp {
  /** Adds a value: sets an object member or inserts into an array. */
  ADD,
  /** Removes the value at the path. */
  REMOVE,
  /** Replaces the existing value at the path. */
  REPLACE,
  /** Removes the value at {@code from} and adds it at the path. */
  MOVE,
  /** Copies the value at {@code from} to the path. */
  COPY,
  /** Checks that the value at the path equals the given value; the whole patch fails otherwise. */
  TEST;

  // Computed once: every operation of every patch asks for it when the body is written.
  private final String wireName = name().toLowerCase(Locale.ROOT);

  /** The wire name, for example {@code "replace"}. */
  public String wireName() {
    return wireName;
  }

  /** Whether the operation carries a {@code value} member. */
  public boolean hasValue() {
    return this == ADD || this == REPLACE || this == TEST;
  }

  /** Whether the operation carries a {@code from} member. */
  public boolean hasFrom() {
    return this == MOVE || this == COPY;
  }

  /**
   * The operation for a wire name.
   *
   * @throws IllegalArgumentException for anything but the six RFC 6902 names (case-sensitive)
   */
  public static PatchOp fromWireName(String name) {
    for (PatchOp op : values()) {
      if (op.wireName().equals(name)) {
        return op;
      }
    }
    throw new IllegalArgumentException(
        "op must be one of add, remove, replace, move, copy, test; was '" + name + "'");
  }
}
