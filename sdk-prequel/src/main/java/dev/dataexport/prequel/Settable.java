package dev.dataexport.prequel;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request field with three distinct states: unset (omitted from the body), explicitly null (sent
 * as JSON {@code null}, which clears the field on the server) and a value. It reads and writes
 * itself with Jackson; a property of this type carries {@code @JsonInclude(NON_EMPTY)}, so that the
 * unset state is left out. Immutable and thread-safe.
 *
 * @param <T> the value type
 */
@JsonSerialize(using = Settable.Writer.class)
@JsonDeserialize(using = Settable.Reader.class)
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

  /** Writes a value as itself and the null state as JSON null; the unset state is "empty". */
  static final class Writer extends JsonSerializer<Settable<?>> {
    @Override
    public void serialize(Settable<?> value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), gen);
      } else {
        gen.writeNull();
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, Settable<?> value) {
      return value == null || value.isUnset();
    }
  }

  /**
   * Reads a {@link Settable} back: a member's value is {@code of(value)}, JSON null is {@code
   * ofNull()}, and a missing member is {@code unset()}, so what was written reads back the same.
   */
  static final class Reader extends JsonDeserializer<Settable<?>>
      implements ContextualDeserializer {
    private final JsonDeserializer<Object> content;

    Reader() {
      this(null);
    }

    Reader(JsonDeserializer<Object> content) {
      this.content = content;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, BeanProperty property) throws JsonMappingException {
      JavaType type = property != null ? property.getType() : context.getContextualType();
      JavaType contentType =
          type == null || type.containedTypeCount() == 0
              ? context.constructType(Object.class)
              : type.containedType(0);
      return new Reader(context.findContextualValueDeserializer(contentType, property));
    }

    @Override
    public Settable<?> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      JsonDeserializer<Object> reader =
          content != null
              ? content
              : context.findRootValueDeserializer(context.constructType(Object.class));
      return Settable.of(reader.deserialize(parser, context));
    }

    @Override
    public Settable<?> getNullValue(DeserializationContext context) {
      return Settable.ofNull();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return Settable.unset();
    }
  }
}
