package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a response model in one pass straight into its Immutables builder. Immutables' own Jackson
 * binding reads into a mutable delegate (an {@code Optional} per field, a hash map of other fields)
 * and copies it through the builder afterwards, which for the many small objects of a response
 * (model metrics, snapshots) costs more than the values themselves. Each known member is read with
 * the deserializer the mapper would have used for its type (so coercions and errors are unchanged);
 * JSON null is handed to the setter as that deserializer's null value (null, or a null node for
 * JSON values), which the setter turns into an empty field; a repeated member replaces the earlier
 * one; every other member goes to the model's other fields, in document order. Not part of the
 * public API.
 *
 * @param <B> the builder
 * @param <T> the model
 */
public abstract class FieldReader<B, T> extends StdDeserializer<T>
    implements ResolvableDeserializer {
  private static final long serialVersionUID = 1L;

  /** Sets one member on the builder; {@code value} is null for JSON null (an empty field). */
  @FunctionalInterface
  public interface Setter<B> {
    /** Sets {@code value} (null: empty). */
    void set(B builder, Object value);
  }

  /** Keeps a member the model does not name. */
  @FunctionalInterface
  public interface Other<B> {
    /** Keeps {@code value} under {@code name}. */
    void put(B builder, String name, JsonNode value);
  }

  private final Class<T> type;
  private final transient Supplier<B> newBuilder;
  private final transient Function<B, T> build;
  private final transient Other<B> other;
  private final transient Map<String, Field<B>> fields = new HashMap<>();

  /** A reader of {@code type} that makes builders with {@code newBuilder}. */
  protected FieldReader(
      Class<T> type, Supplier<B> newBuilder, Function<B, T> build, Other<B> other) {
    super(type);
    this.type = type;
    this.newBuilder = newBuilder;
    this.build = build;
    this.other = other;
  }

  /** Declares member {@code name} of type {@code valueType}. */
  protected final void field(
      String name, Function<TypeFactory, JavaType> valueType, Setter<B> setter) {
    fields.put(name, new Field<>(valueType, setter));
  }

  /** Declares member {@code name} of the plain type {@code valueType}. */
  protected final void field(String name, Class<?> valueType, Setter<B> setter) {
    field(name, types -> types.constructType(valueType), setter);
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    for (Field<B> field : fields.values()) {
      field.deserializer =
          ctxt.findRootValueDeserializer(field.valueType.apply(ctxt.getTypeFactory()));
    }
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      @SuppressWarnings("unchecked")
      T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
      return unexpected;
    }
    B builder = newBuilder.get();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      Field<B> field = fields.get(name);
      if (field == null) {
        other.put(builder, name, ctxt.readTree(p));
        continue;
      }
      Object value =
          token == JsonToken.VALUE_NULL
              ? field.deserializer.getNullValue(ctxt)
              : field.deserializer.deserialize(p, ctxt);
      try {
        field.setter.set(builder, value);
      } catch (NullPointerException nullElement) { // a list with a null element, say
        throw misfit(p, ctxt, nullElement);
      }
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | NullPointerException missing) { // a required member
      throw misfit(p, ctxt, missing);
    }
  }

  /**
   * A value the builder refused: reported as a mapping error, as Immutables' own binding does, so
   * the response counts as one that does not fit the model.
   */
  private JsonMappingException misfit(
      JsonParser p, DeserializationContext ctxt, RuntimeException refused) {
    return ValueInstantiationException.from(
        p,
        "cannot read " + type.getSimpleName() + ": " + refused.getMessage(),
        ctxt.constructType(type),
        refused);
  }

  private static final class Field<B> {
    final Function<TypeFactory, JavaType> valueType;
    final Setter<B> setter;
    JsonDeserializer<Object> deserializer;

    Field(Function<TypeFactory, JavaType> valueType, Setter<B> setter) {
      this.valueType = valueType;
      this.setter = setter;
    }
  }
}
