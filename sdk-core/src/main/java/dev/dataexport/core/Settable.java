package dev.dataexport.core;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request field with three distinct states: unset (omitted from the body), explicitly null (sent
 * as JSON {@code null}, which clears the field on the server) and a value. The core's JSON mapper
 * knows how to write it. Immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class Settable<T> {
  private static final Settable<?> UNSET = new Settable<>(State.UNSET, null);
  private static final Settable<?> NULL = new Settable<>(State.NULL, null);

  /** The three states. */
  public enum State {
    /** Not set: the field is left out of the request. */
    UNSET,
    /** Explicitly null: sent as JSON {@code null}. */
    NULL,
    /** Set to a value. */
    VALUE
  }

  private final State state;
  private final T value;

  private Settable(State state, T value) {
    this.state = state;
    this.value = value;
  }

  /** The unset state. */
  @SuppressWarnings("unchecked")
  public static <T> Settable<T> unset() {
    return (Settable<T>) UNSET;
  }

  /** The explicit-null state. */
  @SuppressWarnings("unchecked")
  public static <T> Settable<T> ofNull() {
    return (Settable<T>) NULL;
  }

  /** A value; {@code value} must not be null (use {@link #ofNull()}). */
  public static <T> Settable<T> of(T value) {
    return new Settable<>(State.VALUE, Objects.requireNonNull(value, "value"));
  }

  /** This field's state. */
  public State state() {
    return state;
  }

  /** Whether the field is unset. */
  public boolean isUnset() {
    return state == State.UNSET;
  }

  /** Whether the field is explicitly null. */
  public boolean isNull() {
    return state == State.NULL;
  }

  /** Whether the field holds a value. */
  public boolean isPresent() {
    return state == State.VALUE;
  }

  /** The value, or empty when unset or null. */
  public Optional<T> asOptional() {
    return Optional.ofNullable(value);
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException when unset or null
   */
  public T get() {
    if (state != State.VALUE) {
      throw new NoSuchElementException("field is " + state);
    }
    return value;
  }

  /** Maps a value, keeping the unset and null states. */
  public <R> Settable<R> map(Function<? super T, ? extends R> mapper) {
    return state == State.VALUE ? Settable.of(mapper.apply(value)) : Settable.<R>castState(this);
  }

  @SuppressWarnings("unchecked")
  private static <R> Settable<R> castState(Settable<?> settable) {
    return (Settable<R>) settable;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Settable
        && ((Settable<?>) other).state == state
        && Objects.equals(((Settable<?>) other).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, value);
  }

  @Override
  public String toString() {
    return state == State.VALUE ? String.valueOf(value) : state.name();
  }
}
