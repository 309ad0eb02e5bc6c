package dev.dataexport.core.spi;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Reads a response model in one pass straight into its Immutables builder. Immutables' own Jackson
 * binding reads into a mutable delegate (an {@code Optional} per field, a hash map of other fields)
 * and copies it through the builder afterwards, which for the many small objects of a response
 * (model metrics, snapshots) costs more than the values themselves. Each known member is read with
 * the deserializer the mapper would have used for its type (so coercions and errors are unchanged);
 * JSON null is handed to the setter as that deserializer's null value (null, or a null node for
 * JSON values), which the setter turns into an empty field; a repeated member replaces the earlier
 * one; every other member goes to the model's other fields, in document order. This is the one
 * reading strategy of every model of every vendor module: a newcomer adding a model writes one
 * subclass (see {@code docs/architecture.md}).
 *
 * @param <B> the builder
 * @param <T> the model
 */
public abstract class ModelReader<B, T> extends StdDeserializer<T>
    implements ResolvableDeserializer {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private final transient Map<String, Integer> indexes = new HashMap<>();

  /** Per field: the value type (or container type) and, for lists and maps, the element type. */
  private final transient Class<?>[] rawTypes;

  private final transient Class<?>[] elementTypes;
  private final transient JsonDeserializer<?>[] deserializers;
  // Unknown members: resolved once, because DeserializationContext.readTree looks the tree
  // deserializer up again on every call (an annotation introspection of JsonNode each time).
  private transient JsonDeserializer<?> trees;

  /**
   * A reader of {@code type} with {@code fieldCount} fields, declared by the subclass's constructor
   * with {@link #field} and set by {@link #set} (a switch, not a lambda per field: each lambda
   * would be one more class to load at startup).
   */
  protected ModelReader(Class<T> type, int fieldCount) {
    super(type);
    this.type = type;
    this.rawTypes = new Class<?>[fieldCount];
    this.elementTypes = new Class<?>[fieldCount];
    this.deserializers = new JsonDeserializer<?>[fieldCount];
  }

  /** Declares field {@code index}: member {@code name} of the plain type {@code valueType}. */
  protected final void field(int index, String name, Class<?> valueType) {
    field(index, name, valueType, null);
  }

  /**
   * Declares field {@code index}: member {@code name} of {@code List<elementType>} ({@code
   * container} {@code List.class}) or {@code Map<String, elementType>} ({@code Map.class}).
   */
  protected final void field(int index, String name, Class<?> container, Class<?> elementType) {
    if (indexes.put(name, index) != null || rawTypes[index] != null) {
      throw new IllegalStateException("field " + index + " (" + name + ") declared twice");
    }
    rawTypes[index] = container;
    elementTypes[index] = elementType;
  }

  /** A new, empty builder. */
  protected abstract B newBuilder();

  /** Sets field {@code index} to {@code value}; null (JSON null) leaves the field empty. */
  protected abstract void set(B builder, int index, Object value);

  /** Keeps a member the model does not name. */
  protected abstract void putOther(B builder, String name, JsonNode value);

  /** Builds the model. */
  protected abstract T build(B builder);

  /**
   * Lets Jackson cache the resolved reader: a deserializer named by {@code @JsonDeserialize} is
   * cached only when it says so, and without it every decode rebuilt and re-resolved the readers.
   */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    TypeFactory types = ctxt.getTypeFactory();
    for (int i = 0; i < rawTypes.length; i++) {
      if (rawTypes[i] == null) {
        throw new IllegalStateException(type.getSimpleName() + ": field " + i + " not declared");
      }
      JavaType valueType =
          elementTypes[i] == null
              ? types.constructType(rawTypes[i])
              : rawTypes[i] == Map.class
                  ? types.constructMapType(Map.class, String.class, elementTypes[i])
                  : types.constructCollectionType(List.class, elementTypes[i]);
      deserializers[i] = ctxt.findRootValueDeserializer(valueType);
    }
    trees = ctxt.findRootValueDeserializer(types.constructType(JsonNode.class));
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartObjectToken()) {
      @SuppressWarnings("unchecked")
      T unexpected = (T) ctxt.handleUnexpectedToken(type, p);
      return unexpected;
    }
    B builder = newBuilder();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonToken token = p.nextToken();
      Integer index = indexes.get(name);
      if (index == null) {
        putOther(
            builder,
            name,
            token == JsonToken.VALUE_NULL
                ? ctxt.getNodeFactory().nullNode()
                : (JsonNode) trees.deserialize(p, ctxt));
        continue;
      }
      JsonDeserializer<?> deserializer = deserializers[index];
      Object value =
          token == JsonToken.VALUE_NULL
              ? deserializer.getNullValue(ctxt)
              : deserializer.deserialize(p, ctxt);
      if (value instanceof List && rawTypes[index] == List.class) {
        value = withoutNulls((List<?>) value, name);
      }
      try {
        set(builder, index, value);
      } catch (NullPointerException nullElement) { // a list with a null element, say
        throw misfit(p, ctxt, nullElement);
      }
    }
    try {
      return build(builder);
    } catch (IllegalStateException | NullPointerException missing) { // a required member
      throw misfit(p, ctxt, missing);
    }
  }

  /**
   * The one rule for {@code null} inside a response array, the same for every model of every
   * vendor: the element is skipped (and counted in a DEBUG line of logger {@code
   * dev.dataexport.json}), so a list returned to users never holds null. LaunchDarkly's own
   * examples have such arrays.
   */
  private List<?> withoutNulls(List<?> values, String member) {
    int nulls = 0;
    if (values instanceof RandomAccess) { // what Jackson returns; no iterator per list read
      for (int i = 0, size = values.size(); i < size; i++) {
        if (values.get(i) == null) {
          nulls++;
        }
      }
    } else {
      for (Object value : values) {
        if (value == null) {
          nulls++;
        }
      }
    }
    if (nulls == 0) {
      return values;
    }
    List<Object> kept = new ArrayList<>(values.size() - nulls);
    for (Object value : values) {
      if (value != null) {
        kept.add(value);
      }
    }
    System.Logger log = System.getLogger("dev.dataexport.json");
    if (log.isLoggable(System.Logger.Level.DEBUG)) {
      log.log(
          System.Logger.Level.DEBUG,
          "skipped " + nulls + " null element(s) of " + type.getSimpleName() + "." + member);
    }
    return kept;
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
}
