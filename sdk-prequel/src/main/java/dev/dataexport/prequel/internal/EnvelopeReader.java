package dev.dataexport.prequel.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * Reads Prequel's envelope in one streaming pass: {@code status}, {@code message} and an error code
 * ({@code code} or {@code error_code}, see {@link PrequelProfile}) as text, the paging members
 * {@code has_next} and {@code next_url} of a list call, and {@code data.<field>} (or, for an empty
 * field name, {@code data} itself) bound straight to its type, everything else skipped. The field
 * and type come from the reader's attributes ({@link #FIELD}, {@link #TYPE}), so one deserializer
 * serves every decoder. Building a tree of the whole body first and binding from the tree did the
 * work twice.
 */
final class EnvelopeReader extends JsonDeserializer<EnvelopeReader.Unwrapped> {
  /** Reader attribute: the member of {@code data} to bind; empty to bind {@code data} itself. */
  static final String FIELD = "dataexport.prequel.envelope.field";

  /** Reader attribute: the {@link Target} to bind it to. */
  static final String TYPE = "dataexport.prequel.envelope.type";

  /**
   * The type {@code data.<field>} is bound to, with its deserializer found on first use and kept:
   * {@code DeserializationContext.readValue(parser, type)} looks it up again on every call,
   * introspecting the type's annotations each time. Thread-safe (a race finds the same one twice).
   */
  static final class Target {
    private final JavaType type;
    private volatile JsonDeserializer<Object> deserializer;

    Target(JavaType type) {
      this.type = type;
    }

    Object read(JsonParser parser, DeserializationContext context) throws IOException {
      JsonDeserializer<Object> found = deserializer;
      if (found == null) {
        found = context.findRootValueDeserializer(type);
        deserializer = found;
      }
      return found.deserialize(parser, context);
    }
  }

  /**
   * What the envelope held: status, message, error code, the top-level paging members (null when
   * absent), and the bound value (null when {@code data.<field>} is no object).
   */
  @JsonDeserialize(using = EnvelopeReader.class)
  static final class Unwrapped {
    final String status;
    final String message;
    final String code;
    final Boolean hasNext;
    final String nextUrl;
    final Object value;

    Unwrapped(
        String status, String message, String code, Boolean hasNext, String nextUrl, Object value) {
      this.status = status;
      this.message = message;
      this.code = code;
      this.hasNext = hasNext;
      this.nextUrl = nextUrl;
      this.value = value;
    }
  }

  @Override
  public Unwrapped deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (!parser.isExpectedStartObjectToken()) {
      parser.skipChildren();
      return null; // not an envelope
    }
    String field = (String) context.getAttribute(FIELD);
    Target target = (Target) context.getAttribute(TYPE);
    String status = null;
    String message = null;
    String code = null;
    String errorCode = null;
    Boolean hasNext = null;
    String nextUrl = null;
    Object value = null;
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      JsonToken token = parser.nextToken();
      if (name.equals("data") && token == JsonToken.START_OBJECT && field.isEmpty()) {
        value = target.read(parser, context);
        continue;
      }
      if (name.equals("data") && token == JsonToken.START_OBJECT) {
        for (String member = parser.nextFieldName();
            member != null;
            member = parser.nextFieldName()) {
          if (parser.nextToken() == JsonToken.START_OBJECT && member.equals(field)) {
            value = target.read(parser, context);
          } else {
            parser.skipChildren();
          }
        }
        continue;
      }
      if (name.equals("has_next") && token.isBoolean()) {
        hasNext = token == JsonToken.VALUE_TRUE;
        continue;
      }
      String text = token == JsonToken.VALUE_STRING ? parser.getText() : null;
      switch (name) {
        case "status" -> status = text;
        case "message" -> message = text;
        case "code" -> code = text;
        case "error_code" -> errorCode = text;
        case "next_url" -> nextUrl = text;
        default -> {}
      }
      parser.skipChildren(); // skips an object or array; a no-op for scalars
    }
    return new Unwrapped(
        status, message, PrequelProfile.code(code, errorCode), hasNext, nextUrl, value);
  }
}
