package dev.dataexport.launchdarkly.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.util.Map;

/**
 * Turns Java values into JSON trees for patch documents. A {@link Secret} anywhere in the value
 * stays a {@link Secret} inside the tree (as a POJO node), so the core's mapper writes it only on
 * the wire and the redacting mapper (logs, {@code toString()}) writes {@value Secret#MASK}. Not
 * part of the public API.
 */
public final class JsonValues {
  /** Like the core's mapper, but embeds secrets in trees instead of writing their text. */
  private static final ObjectMapper EMBEDDING = embeddingMapper();

  private JsonValues() {}

  /**
   * A detached tree of {@code value} (null becomes JSON null); the caller's objects are never kept.
   */
  public static JsonNode toTree(Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    if (value instanceof Secret) {
      return JsonNodeFactory.instance.pojoNode(value);
    }
    if (value instanceof JsonNode) {
      return ((JsonNode) value).deepCopy();
    }
    // The values patches carry most often, made directly: valueToTree would run a whole
    // serialization for each.
    if (value instanceof String) {
      return JsonNodeFactory.instance.textNode((String) value);
    }
    if (value instanceof Boolean) {
      return JsonNodeFactory.instance.booleanNode((Boolean) value);
    }
    if (value instanceof Integer) {
      return JsonNodeFactory.instance.numberNode((Integer) value);
    }
    if (value instanceof Long) {
      return JsonNodeFactory.instance.numberNode((Long) value);
    }
    JsonNode tree = EMBEDDING.valueToTree(value);
    return tree == null ? NullNode.getInstance() : tree;
  }

  /**
   * A copy of {@code tree} with every embedded secret replaced by its text; used to apply a patch
   * locally.
   */
  public static JsonNode reveal(JsonNode tree) {
    if (tree instanceof POJONode) {
      Object pojo = ((POJONode) tree).getPojo();
      return pojo instanceof Secret
          ? JsonNodeFactory.instance.textNode(((Secret) pojo).reveal())
          : Json.mapper().valueToTree(pojo);
    }
    if (tree.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : tree.properties()) {
        copy.set(field.getKey(), reveal(field.getValue()));
      }
      return copy;
    }
    if (tree.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(tree.size());
      for (JsonNode element : tree) {
        copy.add(reveal(element));
      }
      return copy;
    }
    return tree;
  }

  /** Whether {@code tree} holds an embedded secret. */
  public static boolean containsSecret(JsonNode tree) {
    if (tree instanceof POJONode) {
      return ((POJONode) tree).getPojo() instanceof Secret;
    }
    for (JsonNode child : tree) {
      if (containsSecret(child)) {
        return true;
      }
    }
    return false;
  }

  /**
   * JSON equality as RFC 6902 defines it for {@code test}: numbers equal when numerically equal
   * ({@code 1} and {@code 1.0}), objects equal regardless of member order, arrays element by
   * element.
   */
  public static boolean jsonEquals(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.getNodeType() != b.getNodeType()) {
      return false;
    }
    if (a.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Map.Entry<String, JsonNode> field : a.properties()) {
        JsonNode other = b.get(field.getKey());
        if (other == null || !jsonEquals(field.getValue(), other)) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!jsonEquals(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static ObjectMapper embeddingMapper() {
    ObjectMapper mapper = Json.newMapper();
    SimpleModule module = new SimpleModule("dataexport-launchdarkly-embedded-secrets");
    module.addSerializer(
        Secret.class,
        new JsonSerializer<Secret>() {
          @Override
          public void serialize(Secret value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeEmbeddedObject(value);
          }
        });
    return mapper.registerModule(module);
  }
}
