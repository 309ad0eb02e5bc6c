package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.internal.Bodies;
import dev.dataexport.launchdarkly.internal.JsonValues;
import dev.dataexport.launchdarkly.internal.LaunchDarklyChecks;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An RFC 7386 JSON Merge Patch: an object whose members replace the target's members, whose {@code
 * null} members remove them, and whose object members merge recursively. Values are Java values the
 * core's JSON maps, JsonNodes, nested merge patches, or {@link dev.dataexport.core.Secret}s (sent
 * as text, masked in {@code toString()} and logs). A merge patch is always safe to repeat. An
 * optional {@linkplain #comment() comment} goes to LaunchDarkly's audit log: the patch is then sent
 * as {@code {"comment": ..., "merge": {...}}} instead of the bare object. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MergePatch patch = MergePatch.builder().set("on", false).set("config", MergePatch.builder().set("topic", "t")).build();
 * }</pre>
 */
public final class MergePatch extends CommentedPatch {
  private final ObjectNode document;

  private MergePatch(ObjectNode document, String comment) {
    super(comment);
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
    Checks.notNull("document", document);
    if (!document.isObject()) {
      throw new IllegalArgumentException(
          "a merge patch must be a JSON object, was " + document.getNodeType());
    }
    return new MergePatch((ObjectNode) document.deepCopy(), null);
  }

  /** A merge patch from a map of member names to values (null values remove members). */
  public static MergePatch of(Map<String, ?> members) {
    Checks.notNull("members", members);
    Builder builder = builder();
    members.forEach(builder::set);
    return builder.build();
  }

  /** The patch document as a copy (secrets stay embedded and masked). */
  public ObjectNode toJson() {
    return document.deepCopy();
  }

  /**
   * This patch with {@code comment} for the audit log (replacing any comment it had).
   *
   * @throws NullPointerException {@code comment must not be null}
   * @throws IllegalArgumentException {@code comment must not be blank}
   */
  public MergePatch withComment(String comment) {
    return new MergePatch(document, LaunchDarklyChecks.comment(comment));
  }

  @Override
  Object document() {
    return document;
  }

  @Override
  Object withCommentBody() {
    return new Bodies.MergeWithComment(comment, document);
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
    Checks.notNull("target", target);
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

  /** Builds a {@link MergePatch}; not thread-safe. */
  public static final class Builder {
    private final ObjectNode document = JsonNodeFactory.instance.objectNode();
    private String comment;

    private Builder() {}

    /**
     * Sends {@code comment} with the patch; it appears in LaunchDarkly's audit log.
     *
     * @throws NullPointerException {@code comment must not be null}
     * @throws IllegalArgumentException {@code comment must not be blank}
     */
    public Builder comment(String comment) {
      this.comment = LaunchDarklyChecks.comment(comment);
      return this;
    }

    /**
     * Sets member {@code name} to {@code value}; a null value removes the member on the server. A
     * nested {@link MergePatch} or builder merges into the member; it cannot carry a comment of its
     * own (only the whole patch goes to the audit log).
     */
    public Builder set(String name, Object value) {
      Checks.notNull("name", name);
      ObjectNode nested = null;
      String nestedComment = null;
      if (value instanceof MergePatch) {
        nested = ((MergePatch) value).document;
        nestedComment = ((MergePatch) value).comment;
      } else if (value instanceof Builder) {
        nested = ((Builder) value).document;
        nestedComment = ((Builder) value).comment;
      }
      if (nestedComment != null) {
        throw new IllegalArgumentException(
            "the merge patch of member '" + name + "' has a comment; comment the whole patch");
      }
      document.set(name, nested != null ? nested.deepCopy() : JsonValues.toTree(value));
      return this;
    }

    /** Removes member {@code name} on the server (sends {@code "name": null}). */
    public Builder remove(String name) {
      document.set(Checks.notNull("name", name), NullNode.getInstance());
      return this;
    }

    /** Builds the patch. */
    public MergePatch build() {
      return new MergePatch(document.deepCopy(), comment);
    }
  }
}
