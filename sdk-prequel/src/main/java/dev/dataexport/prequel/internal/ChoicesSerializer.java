package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;

/**
 * Writes {@link Choices}: its fields into the enclosing object where the property is
 * {@code @JsonUnwrapped}, and as an object of their own elsewhere. Each value goes through the
 * mapper's serializer for its type, so a {@code Secret} is written (or masked) the way the mapper
 * writes it anywhere else. Thread-safe.
 */
public final class ChoicesSerializer extends StdSerializer<Choices> {
  private static final long serialVersionUID = 1L;
  private final boolean unwrapping;

  /** The serializer Jackson creates from {@code @JsonSerialize}: writes an object. */
  public ChoicesSerializer() {
    this(false);
  }

  private ChoicesSerializer(boolean unwrapping) {
    super(Choices.class);
    this.unwrapping = unwrapping;
  }

  @Override
  public boolean isUnwrappingSerializer() {
    return unwrapping;
  }

  @Override
  public JsonSerializer<Choices> unwrappingSerializer(NameTransformer names) {
    return new ChoicesSerializer(true);
  }

  @Override
  public boolean isEmpty(SerializerProvider provider, Choices value) {
    return value.count() == 0;
  }

  @Override
  public void serialize(Choices value, JsonGenerator json, SerializerProvider provider)
      throws IOException {
    if (!unwrapping) {
      json.writeStartObject(value);
    }
    for (int i = 0; i < value.count(); i++) {
      Object field = value.value(i);
      json.writeFieldName(value.name(i));
      if (field instanceof String) {
        json.writeString((String) field); // a selector: skips the serializer lookup
      } else {
        provider.defaultSerializeValue(field, json);
      }
    }
    if (!unwrapping) {
      json.writeEndObject();
    }
  }
}
