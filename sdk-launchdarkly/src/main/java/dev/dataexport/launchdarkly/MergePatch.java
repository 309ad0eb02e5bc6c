package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.internal.JsonValues;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An RFC 7386 JSON Merge Patch: an object whose members replace the target's members, whose {@code
 * null} members remove them, and whose object members merge recursively. Values are Java values the
 * core's JSON maps, JsonNodes, nested merge patches, or {@link dev.dataexport.core.Secret}s (sent
 * as text, masked in {@code toString()} and logs). A merge patch is always safe to repeat.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * MergePatch patch = MergePatch.builder().set("on", false).set("config", MergePatch.builder().set("topic", "t")).build();
 * }</pre>
 */
public final class MergePatch {
  private final ObjectNode document;

  private MergePatch(ObjectNode document) {
    this.document = document;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A merge patch from a JSON object (copied).
   *
   * @throws IllegalArgumentException when {@code document} is not an object (LaunchDarkly accepts
   *     only objects)
   */
  public static MergePatch of(JsonNode document) {
    Objects.requireNonNull(document, "document");
    if (!document.isObject()) {
      throw new IllegalArgumentException(
          "a merge patch must be a JSON object, was " + document.getNodeType());
    }
    return new MergePatch((ObjectNode) document.deepCopy());
  }

  /** A merge patch from a map of member names to values (null values remove members). */
  public static MergePatch of(Map<String, ?> members) {
    Objects.requireNonNull(members, "members");
    Builder builder = builder();
    members.forEach(builder::set);
    return builder.build();
  }

  /** The patch document as a copy (secrets stay embedded and masked). */
  public ObjectNode toJson() {
    return document.deepCopy();
  }

  /** The document written on the wire. */
  @JsonValue
  JsonNode wire() {
    return document;
  }

  /** Whether the patch has no member. */
  public boolean isEmpty() {
    return document.isEmpty();
  }

  /** The member names at the top level. */
  public Set<String> memberNames() {
    Set<String> names = new LinkedHashSet<>();
    document.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Applies the patch to a copy of {@code target} as RFC 7386 section 2 says (the argument is never
   * changed): a non-object target is first replaced by an empty object, {@code null} members are
   * removed, object members are merged recursively, and any other value replaces the member.
   */
  public JsonNode apply(JsonNode target) {
    Objects.requireNonNull(target, "target");
    return merge(target, JsonValues.reveal(document));
  }

  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }

  /** The patch as JSON with secrets masked. */
  @Override
  public String toString() {
    try {
      return Json.redactingMapper().writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MergePatch && ((MergePatch) other).document.equals(document);
  }

  @Override
  public int hashCode() {
    return document.hashCode();
  }

  /** Builds a {@link MergePatch}; not thread-safe. */
  public static final class Builder {
    private final ObjectNode document = JsonNodeFactory.instance.objectNode();

    private Builder() {}

    /** Sets member {@code name} to {@code value}; a null value removes the member on the server. */
    public Builder set(String name, Object value) {
      Objects.requireNonNull(name, "name");
      JsonNode tree =
          value instanceof MergePatch
              ? ((MergePatch) value).document.deepCopy()
              : value instanceof Builder
                  ? ((Builder) value).document.deepCopy()
                  : JsonValues.toTree(value);
      document.set(name, tree);
      return this;
    }

    /** Removes member {@code name} on the server (sends {@code "name": null}). */
    public Builder remove(String name) {
      document.set(Objects.requireNonNull(name, "name"), NullNode.getInstance());
      return this;
    }

    /** Builds the patch. */
    public MergePatch build() {
      return new MergePatch(document.deepCopy());
    }
  }
}
