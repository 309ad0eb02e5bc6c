package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.internal.ConfigMasking;
import dev.dataexport.launchdarkly.internal.JsonValues;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * One RFC 6902 operation: {@code op}, {@code path}, and {@code value} or {@code from} where the
 * operation needs it. A value of JSON {@code null} is kept and written as {@code "value": null};
 * {@link dev.dataexport.core.Secret} values inside it, and text values of secret-named members such
 * as {@code /config/writeKey}, are written only on the wire and masked in {@code toString()} and
 * logs. Immutable and thread-safe.
 */
@JsonSerialize(using = PatchOperation.Writer.class)
public final class PatchOperation {
  private final PatchOp op;
  private final JsonPointer path;
  private final JsonPointer from;
  private final JsonNode value;

  private PatchOperation(PatchOp op, JsonPointer path, JsonPointer from, JsonNode value) {
    this.op = op;
    this.path = path;
    this.from = from;
    this.value = protect(path, value);
  }

  /**
   * A text value written to a secret-named member ({@code apiKey}, {@code secret}, {@code
   * writeKey}, {@code policyKey}, {@code password}, ...) is kept as a {@link
   * dev.dataexport.core.Secret}: the same text on the wire, but masked in {@code toString()} and in
   * DEBUG logs, which mask by member name and would see only {@code "value"}.
   */
  private static JsonNode protect(JsonPointer path, JsonNode value) {
    if (value != null
        && value.isTextual()
        && !value.textValue().isEmpty()
        && !path.isRoot()
        && isSecretMember(path)) {
      return JsonValues.toTree(dev.dataexport.core.Secret.of(value.textValue()));
    }
    return value;
  }

  /** Whether the last segment of a non-root {@code path} names a secret member. */
  private static boolean isSecretMember(JsonPointer path) {
    String text = path.toString();
    int last = text.lastIndexOf('/') + 1;
    return text.indexOf('~', last) < 0 // a plain segment is checked where it stands
        ? ConfigMasking.isSecret(text, last)
        : ConfigMasking.isSecret(path.last());
  }

  /**
   * {@code add} of {@code value} (any Java value the core's JSON maps, a JsonNode, or null) at
   * {@code path}.
   */
  public static PatchOperation add(JsonPointer path, Object value) {
    return new PatchOperation(PatchOp.ADD, check("path", path), null, JsonValues.toTree(value));
  }

  /** {@code remove} of the value at {@code path}. */
  public static PatchOperation remove(JsonPointer path) {
    return new PatchOperation(PatchOp.REMOVE, check("path", path), null, null);
  }

  /**
   * {@code replace} of the value at {@code path} with {@code value} (null is sent as JSON null).
   */
  public static PatchOperation replace(JsonPointer path, Object value) {
    return new PatchOperation(PatchOp.REPLACE, check("path", path), null, JsonValues.toTree(value));
  }

  /**
   * {@code move} of the value at {@code from} to {@code path}; {@code from} must not be above
   * {@code path}.
   */
  public static PatchOperation move(JsonPointer from, JsonPointer path) {
    check("from", from);
    check("path", path);
    if (path.startsWith(from) && !path.equals(from)) {
      throw new IllegalArgumentException(
          "move: path '"
              + path
              + "' must not lie below from '"
              + from
              + "' (a value cannot move into itself)");
    }
    return new PatchOperation(PatchOp.MOVE, path, from, null);
  }

  /** {@code copy} of the value at {@code from} to {@code path}. */
  public static PatchOperation copy(JsonPointer from, JsonPointer path) {
    return new PatchOperation(PatchOp.COPY, check("path", path), check("from", from), null);
  }

  /** {@code test} that the value at {@code path} equals {@code value}. */
  public static PatchOperation test(JsonPointer path, Object value) {
    return new PatchOperation(PatchOp.TEST, check("path", path), null, JsonValues.toTree(value));
  }

  /**
   * Reads one operation object as RFC 6902 defines it: unknown members are ignored, {@code value}
   * is required (and may be null) for add, replace and test, {@code from} for move and copy.
   *
   * @throws IllegalArgumentException naming the missing or invalid member
   */
  public static PatchOperation fromJson(JsonNode node) {
    Checks.notNull("operation", node);
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          "a patch operation must be a JSON object, was " + node.getNodeType());
    }
    JsonNode opNode = node.get("op");
    if (opNode == null || !opNode.isTextual()) {
      throw new IllegalArgumentException("a patch operation needs a string member 'op'");
    }
    PatchOp op = PatchOp.fromWireName(opNode.textValue());
    JsonPointer path = pointer(node, "path", op);
    JsonPointer from = op.hasFrom() ? pointer(node, "from", op) : null;
    JsonNode value = null;
    if (op.hasValue()) {
      value = node.get("value");
      if (value == null) {
        throw new IllegalArgumentException(
            op.wireName() + " needs a member 'value' (it may be null)");
      }
      value = value.deepCopy();
    }
    return op == PatchOp.MOVE ? move(from, path) : new PatchOperation(op, path, from, value);
  }

  /** The operation. */
  public PatchOp op() {
    return op;
  }

  /** The target location. */
  public JsonPointer path() {
    return path;
  }

  /** The source location of {@code move} and {@code copy}. */
  public Optional<JsonPointer> from() {
    return Optional.ofNullable(from);
  }

  /**
   * The value of {@code add}, {@code replace} and {@code test} as a copy ({@code NullNode} for JSON
   * null; secrets stay embedded and masked); empty for the other operations.
   */
  public Optional<JsonNode> value() {
    return Optional.ofNullable(value).map(JsonNode::deepCopy);
  }

  /**
   * The value with secrets revealed, for applying the operation locally; null when there is none.
   */
  JsonNode revealedValue() {
    return value == null ? null : JsonValues.reveal(value);
  }

  /**
   * The operation as JSON with secrets masked, for example {@code
   * {"op":"replace","path":"/on","value":false}}.
   */
  @Override
  public String toString() {
    try {
      return Json.redactingMapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      return "{\"op\":\"" + op.wireName() + "\",\"path\":\"" + path + "\"}";
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PatchOperation)) {
      return false;
    }
    PatchOperation that = (PatchOperation) other;
    return op == that.op
        && path.equals(that.path)
        && Objects.equals(from, that.from)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, path, from, value);
  }

  private static JsonPointer check(String name, JsonPointer pointer) {
    return Checks.notNull(name, pointer);
  }

  private static JsonPointer pointer(JsonNode node, String member, PatchOp op) {
    JsonNode text = node.get(member);
    if (text == null || !text.isTextual()) {
      throw new IllegalArgumentException(op.wireName() + " needs a string member '" + member + "'");
    }
    return JsonPointer.parse(text.textValue());
  }

  /**
   * Writes the operation in RFC 6902 member order; {@code value} is written even when it is JSON
   * null.
   */
  static final class Writer extends JsonSerializer<PatchOperation> {
    @Override
    public void serialize(PatchOperation operation, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("op", operation.op.wireName());
      if (operation.from != null) {
        gen.writeStringField("from", operation.from.toString());
      }
      gen.writeStringField("path", operation.path.toString());
      if (operation.value != null) {
        gen.writeFieldName("value");
        writeValue(operation.value, gen, provider);
      }
      gen.writeEndObject();
    }

    /**
     * The scalars patches carry most are written as their nodes would write themselves, without a
     * serializer look-up per value; everything else (an embedded Secret, containers, other numbers)
     * goes through the provider, so a Secret is written by the mapper in use (masked when
     * redacting).
     */
    private static void writeValue(JsonNode value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      switch (value.getNodeType()) {
        case STRING:
          gen.writeString(value.textValue());
          break;
        case BOOLEAN:
          gen.writeBoolean(value.booleanValue());
          break;
        case NULL:
          gen.writeNull();
          break;
        default:
          if (value.isInt()) {
            gen.writeNumber(value.intValue());
          } else if (value.isLong()) {
            gen.writeNumber(value.longValue());
          } else {
            provider.defaultSerializeValue(value, gen);
          }
      }
    }
  }
}
