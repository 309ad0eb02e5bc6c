package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.ModelReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * A {@link ModelReader} whose "builder" is the array of the values read, handed at the end to the
 * model's generated {@code ImmutableX.of(...)}. LaunchDarkly's models have no public builder, and
 * Immutables' builders start every model with an empty map of unknown fields and copy each map and
 * list once more in {@code build()}: reading through them cost about 1 KB more per call than this
 * (see {@code benchmarks/README.md}). Slot {@code fieldCount} holds the unknown members, made only
 * when there is one. Beside the models because their implementations are package-private.
 *
 * @param <T> the model
 */
abstract class ValuesReader<T> extends ModelReader<Object[], T> {
  private static final long serialVersionUID = 1L;

  private final int fieldCount;

  /** A reader of {@code type} with {@code fieldCount} fields, declared with {@link #field}. */
  ValuesReader(Class<T> type, int fieldCount) {
    super(type, fieldCount);
    this.fieldCount = fieldCount;
  }

  @Override
  protected final Object[] newBuilder() {
    return new Object[fieldCount + 1];
  }

  @Override
  protected final void set(Object[] values, int index, Object value) {
    values[index] = value; // a repeated member replaces the earlier one; null leaves it empty
  }

  @Override
  protected final void putOther(Object[] values, String name, JsonNode value) {
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> others = (Map<String, JsonNode>) values[fieldCount];
    if (others == null) {
      others = new LinkedHashMap<>();
      values[fieldCount] = others;
    }
    others.put(name, value);
  }

  /** The members the model does not name, in document order (empty when there were none). */
  final Map<String, JsonNode> others(Object[] values) {
    @SuppressWarnings("unchecked")
    Map<String, JsonNode> others = (Map<String, JsonNode>) values[fieldCount];
    return others == null ? Map.of() : others;
  }

  /** The value read as an optional of the field's declared type. */
  @SuppressWarnings("unchecked") // the value comes from the deserializer of the declared type
  static <V> Optional<V> optional(Object value) {
    return Optional.ofNullable((V) value);
  }

  /**
   * An open enum read as its wire text and made by its {@code of}: Jackson's path to an {@code
   * of(String)} creator is a reflective call with an argument array per value. Declare the field as
   * {@code String.class}.
   */
  static <E> Optional<E> openEnum(Object text, Function<String, E> of) {
    return text == null ? Optional.empty() : Optional.of(of.apply((String) text));
  }

  /** The number read as an optional long. */
  static OptionalLong optionalLong(Object value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of((Long) value);
  }

  /** The list read (empty for JSON null or when absent). */
  @SuppressWarnings("unchecked") // the value comes from the deserializer of List<element>
  static <V> List<V> list(Object value) {
    return value == null ? List.of() : (List<V>) value;
  }

  /** The map read (empty for JSON null or when absent). */
  @SuppressWarnings("unchecked") // the value comes from the deserializer of Map<String, element>
  static <V> Map<String, V> map(Object value) {
    return value == null ? Map.of() : (Map<String, V>) value;
  }
}
