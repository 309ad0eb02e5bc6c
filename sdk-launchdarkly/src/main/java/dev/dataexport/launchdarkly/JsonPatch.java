package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Json;
import dev.dataexport.launchdarkly.internal.Bodies;
import dev.dataexport.launchdarkly.internal.LaunchDarklyChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An RFC 6902 JSON Patch document: an ordered list of operations applied all or nothing. Values are
 * any Java value the core's JSON maps, a {@link JsonNode}, or {@code null} (sent as {@code "value":
 * null}); a {@link dev.dataexport.core.Secret} is sent as its text but shown as {@code ****} in
 * {@code toString()} and logs. Paths are strings parsed as JSON Pointers (write {@code ~} as {@code
 * ~0}, {@code /} as {@code ~1}) or {@link JsonPointer}s built from raw segments. An optional
 * {@linkplain #comment() comment} goes to LaunchDarkly's audit log: the patch is then sent as
 * {@code {"comment": ..., "patch": [...]}} instead of the bare array. Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonPatch patch = JsonPatch.builder().test("/version", 3).replace("/on", false)
 *     .comment("pause exports").build();
 * }</pre>
 */
public final class JsonPatch extends CommentedPatch {
  private final List<PatchOperation> operations;

  private JsonPatch(List<PatchOperation> operations, String comment) {
    super(comment);
    this.operations = List.copyOf(operations);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A patch of the given operations, in order. */
  public static JsonPatch of(PatchOperation... operations) {
    return of(Arrays.asList(Checks.notNull("operations", operations)));
  }

  /** A patch of the given operations, in order. */
  public static JsonPatch of(List<PatchOperation> operations) {
    Checks.notNull("operations", operations);
    for (int i = 0; i < operations.size(); i++) {
      Checks.notNull("operations", i, operations.get(i));
    }
    return new JsonPatch(operations, null);
  }

  /**
   * Reads a patch document: a JSON array of operation objects, or the commented form {@code
   * {"comment": ..., "patch": [...]}} that {@link #toString()} and the wire use.
   *
   * @throws IllegalArgumentException when it is neither, or an operation is invalid (the message
   *     names the operation index and the rule)
   */
  public static JsonPatch fromJson(JsonNode document) {
    Checks.notNull("document", document);
    if (document.isObject() && document.path("patch").isArray()) {
      JsonNode comment = document.get("comment");
      if (comment != null && !comment.isTextual()) {
        throw new IllegalArgumentException(
            "the comment of a JSON Patch must be a string, was " + comment.getNodeType());
      }
      JsonPatch patch = fromJson(document.get("patch"));
      return comment == null ? patch : patch.withComment(comment.textValue());
    }
    if (!document.isArray()) {
      throw new IllegalArgumentException(
          "a JSON Patch must be a JSON array (or {\"comment\": ..., \"patch\": [...]}), was "
              + document.getNodeType());
    }
    List<PatchOperation> operations = new ArrayList<>(document.size());
    for (int i = 0; i < document.size(); i++) {
      try {
        operations.add(PatchOperation.fromJson(document.get(i)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("operation " + i + ": " + e.getMessage(), e);
      }
    }
    return new JsonPatch(operations, null);
  }

  /** Parses a patch document (either form of {@link #fromJson}) from JSON text. */
  public static JsonPatch parse(String json) {
    Checks.notNull("json", json);
    try {
      // RFC 6902 A.13: an operation with a duplicate member is an invalid document, not "last one
      // wins".
      return fromJson(
          Json.mapper().reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "a JSON Patch must be valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A patch that turns {@code from} into {@code to}: {@code diff(a, b).apply(a)} equals {@code b}.
   * Objects are compared member by member and arrays index by index; the result is correct but not
   * always the shortest.
   */
  public static JsonPatch diff(JsonNode from, JsonNode to) {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    List<PatchOperation> operations = new ArrayList<>();
    JsonPatchDiff.diff(from, to, JsonPointer.root(), operations);
    return new JsonPatch(operations, null);
  }

  /** The operations, in order. */
  public List<PatchOperation> operations() {
    return operations;
  }

  /**
   * This patch with {@code comment} for the audit log (replacing any comment it had).
   *
   * @throws NullPointerException {@code comment must not be null}
   * @throws IllegalArgumentException {@code comment must not be blank}
   */
  public JsonPatch withComment(String comment) {
    return new JsonPatch(operations, LaunchDarklyChecks.comment(comment));
  }

  @Override
  Object document() {
    return operations;
  }

  @Override
  Object withCommentBody() {
    return new Bodies.PatchWithComment(comment, operations);
  }

  /** Whether the patch has no operation. */
  public boolean isEmpty() {
    return operations.isEmpty();
  }

  /**
   * Applies the patch to a copy of {@code document} (the argument is never changed), exactly as RFC
   * 6902 says: operations run in order, any failure fails the whole patch, array indexes are {@code
   * 0} or digits without a leading zero, {@code -} is allowed only as an {@code add} target
   * (append), and {@code test} compares JSON values (numbers by value, objects regardless of member
   * order).
   *
   * @return the patched copy
   * @throws JsonPatchException when an operation cannot be applied or a {@code test} fails
   */
  public JsonNode apply(JsonNode document) {
    Checks.notNull("document", document);
    return JsonPatchApplier.apply(operations, document);
  }

  /**
   * Whether this patch carries a {@code test} of {@code /version}. LaunchDarkly increments a
   * destination's {@code version} on every change, so a guarded patch that was already applied
   * fails its test when repeated instead of changing the destination twice.
   */
  public boolean isVersionGuarded() {
    for (PatchOperation operation : operations) {
      // "/version" is the one escaped form of the single segment "version".
      if (operation.op() == PatchOp.TEST && operation.path().toString().equals("/version")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether sending this patch twice leaves the destination as sending it once does, so the client
   * may retry it after a failure in which the server may have applied it. True when
   *
   * <ul>
   *   <li>the patch is {@linkplain #isVersionGuarded() guarded by a test of /version} (a repeat
   *       fails the test), or
   *   <li>every operation is {@code test}, {@code replace}, or {@code add} to an object member (the
   *       last path segment is neither {@code -} nor an array index such as {@code 0}): each sets a
   *       location to a constant value, so applying them again in order gives the same document.
   * </ul>
   *
   * Not safe: {@code add} into an array ({@code -} or an index, which inserts again), {@code
   * remove} (removes the next array element, or fails on a member already gone), {@code move} (its
   * source is gone or has shifted), and {@code copy} (its source may have been changed by the first
   * application, and copying into an array inserts again). A safe, unguarded repeat may still fail
   * (for example when a later {@code replace} changed the shape an earlier one needs) but never
   * changes the destination twice.
   */
  public boolean isSafeToRepeat() {
    if (isVersionGuarded()) {
      return true;
    }
    for (PatchOperation operation : operations) {
      switch (operation.op()) {
        case TEST:
        case REPLACE:
          break;
        case ADD:
          // Adding at the root replaces the whole document: a constant assignment too.
          if (!operation.path().isRoot() && !isObjectMemberName(operation.path().last())) {
            return false;
          }
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /**
   * This patch followed by the operations of {@code other}, with this patch's comment, or {@code
   * other}'s when this one has none.
   */
  public JsonPatch concat(JsonPatch other) {
    Checks.notNull("other", other);
    List<PatchOperation> all = new ArrayList<>(operations);
    all.addAll(other.operations);
    return new JsonPatch(all, comment != null ? comment : other.comment);
  }

  /**
   * An array index or the append marker could name an array slot; anything else is an object
   * member.
   */
  private static boolean isObjectMemberName(String segment) {
    return !segment.equals("-") && !JsonPointer.isDigits(segment);
  }

  /** Builds a {@link JsonPatch}; string paths are parsed as JSON Pointers. Not thread-safe. */
  public static final class Builder {
    private final List<PatchOperation> operations = new ArrayList<>(4); // most patches are short
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
     * Adds {@code add value at path} (an object member is set, an array element inserted, {@code -}
     * appends).
     */
    public Builder add(String path, Object value) {
      return operation(PatchOperation.add(pointer("path", path), value));
    }

    /** Adds {@code add value at path}. */
    public Builder add(JsonPointer path, Object value) {
      return operation(PatchOperation.add(path, value));
    }

    /** Adds {@code remove path}. */
    public Builder remove(String path) {
      return operation(PatchOperation.remove(pointer("path", path)));
    }

    /** Adds {@code remove path}. */
    public Builder remove(JsonPointer path) {
      return operation(PatchOperation.remove(path));
    }

    /** Adds {@code replace path with value}; a null value is sent as {@code "value": null}. */
    public Builder replace(String path, Object value) {
      return operation(PatchOperation.replace(pointer("path", path), value));
    }

    /** Adds {@code replace path with value}. */
    public Builder replace(JsonPointer path, Object value) {
      return operation(PatchOperation.replace(path, value));
    }

    /** Adds {@code move from to path}. */
    public Builder move(String from, String path) {
      return operation(PatchOperation.move(pointer("from", from), pointer("path", path)));
    }

    /** Adds {@code move from to path}. */
    public Builder move(JsonPointer from, JsonPointer path) {
      return operation(PatchOperation.move(from, path));
    }

    /** Adds {@code copy from to path}. */
    public Builder copy(String from, String path) {
      return operation(PatchOperation.copy(pointer("from", from), pointer("path", path)));
    }

    /** Adds {@code copy from to path}. */
    public Builder copy(JsonPointer from, JsonPointer path) {
      return operation(PatchOperation.copy(from, path));
    }

    /** Adds {@code test that path holds value}. */
    public Builder test(String path, Object value) {
      return operation(PatchOperation.test(pointer("path", path), value));
    }

    /** Adds {@code test that path holds value}. */
    public Builder test(JsonPointer path, Object value) {
      return operation(PatchOperation.test(path, value));
    }

    /** Adds an operation. */
    public Builder operation(PatchOperation operation) {
      operations.add(Checks.notNull("operation", operation));
      return this;
    }

    /** Builds the patch. */
    public JsonPatch build() {
      return new JsonPatch(operations, comment);
    }

    /** Parses a string path, naming {@code field} when it is null. */
    private static JsonPointer pointer(String field, String text) {
      return JsonPointer.parse(Checks.notNull(field, text));
    }
  }
}
