package dev.dataexport.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Base type for server-defined values that grow over time (kinds, statuses, error codes): known
 * constants are named, and any other string is kept as an unknown value that round-trips unchanged.
 * Values compare by string.
 *
 * <p>A subclass declares {@code private static final Values<T> VALUES = new Values<>(T::new);}, its
 * constants with {@code VALUES.known("...")} and an {@code of(String)} factory annotated with
 * {@code @JsonCreator}. Instances are immutable and thread-safe.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /** Creates a value; subclasses call this only through {@link Values}. */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The wire value, exactly as sent or received. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this SDK version names this value as a constant. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * The registry of one open enum type: interns known constants and creates unknown values on
   * demand. Thread-safe.
   *
   * @param <E> the open enum type
   */
  public static final class Values<E extends OpenEnum> {
    private final BiFunction<String, Boolean, E> factory;
    private final Map<String, E> known = new ConcurrentHashMap<>();
    private final List<E> ordered = Collections.synchronizedList(new ArrayList<>());

    /** Creates a registry that makes instances with {@code factory(value, isKnown)}. */
    public Values(BiFunction<String, Boolean, E> factory) {
      this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Registers and returns a known constant. */
    public E known(String value) {
      E constant = factory.apply(value, true);
      known.put(value, constant);
      ordered.add(constant);
      return constant;
    }

    /** Returns the known constant for {@code value}, or a new unknown value that keeps it. */
    public E of(String value) {
      Objects.requireNonNull(value, "value");
      E constant = known.get(value);
      return constant != null ? constant : factory.apply(value, false);
    }

    /** The known constants in declaration order. */
    public List<E> knownValues() {
      synchronized (ordered) {
        return List.copyOf(ordered);
      }
    }
  }
}
