package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.ApiRequest.PathSegment;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.JsonPointer;
import dev.dataexport.launchdarkly.MergePatch;
import dev.dataexport.launchdarkly.PatchOp;
import dev.dataexport.launchdarkly.PatchOperation;
import java.util.List;
import java.util.Set;

/**
 * LaunchDarkly's rules for keys, comments and patch documents, written with the core's {@link
 * Checks} so they read like every other rule of the SDK; every call runs them before any I/O. Not
 * part of the public API.
 */
public final class LaunchDarklyChecks {
  /** Top-level members of a wrapped body: an uncommented merge patch must not look like one. */
  private static final Set<String> WRAPPER_MEMBERS = Set.of("comment", "patch", "merge");

  private LaunchDarklyChecks() {}

  /**
   * Checks one part of a destination key: not null, not blank, no control characters, and not
   * {@code .} or {@code ..} (no URL can carry them as a path segment).
   */
  public static String key(String field, String value) {
    Checks.id(field, value);
    PathSegment.encode(field, value); // only for its check of "." and ".."
    return value;
  }

  /** Checks an audit-log comment: not null and not blank. */
  public static String comment(String comment) {
    return Checks.notBlank("comment", comment);
  }

  /**
   * Checks a JSON Patch before it is sent: at least one operation, and none that changes the whole
   * destination or a read-only field (LaunchDarkly's fields starting with {@code _}).
   */
  public static JsonPatch patch(JsonPatch patch) {
    Checks.notNull("patch", patch);
    List<PatchOperation> operations = patch.operations();
    Checks.minItems("patch", operations, 1);
    for (int i = 0; i < operations.size(); i++) {
      PatchOperation operation = operations.get(i);
      // The description is put together only for a failing check: a valid patch costs nothing here.
      if (operation.op() != PatchOp.TEST && !isWritable(operation.path())) {
        writable(
            Checks.name("patch", i) + " (" + operation.op().wireName() + ")", operation.path());
      }
      if (operation.op() == PatchOp.MOVE && !isWritable(operation.from().orElseThrow())) {
        writable(Checks.name("patch", i) + " (move)", operation.from().orElseThrow());
      }
    }
    return patch;
  }

  /**
   * Checks a JSON Merge Patch before it is sent: at least one member, none read-only, and without a
   * comment no top-level {@code comment}, {@code patch} or {@code merge} (LaunchDarkly would read
   * the body as a commented patch; a destination has no such field).
   */
  public static MergePatch mergePatch(MergePatch patch) {
    Checks.notNull("patch", patch);
    Set<String> members = patch.memberNames();
    Checks.minItems("patch", List.copyOf(members), 1);
    for (String member : members) {
      writable("patch member '" + member + "'", JsonPointer.of(member));
      if (patch.comment().isEmpty() && WRAPPER_MEMBERS.contains(member)) {
        throw new IllegalArgumentException(
            "patch member '"
                + member
                + "' would make LaunchDarkly read the body as a commented patch; a destination"
                + " has no such field (give the patch a comment to send it wrapped)");
      }
    }
    return patch;
  }

  /** Whether {@code path} names a field below the root that does not start with {@code _}. */
  private static boolean isWritable(JsonPointer path) {
    // The escaped form starts with "/_" exactly when the first raw segment starts with '_'.
    return !path.isRoot() && !path.toString().startsWith("/_");
  }

  private static void writable(String what, JsonPointer path) {
    if (path.isRoot()) {
      throw new IllegalArgumentException(
          what + " targets the whole destination; name a field such as /on");
    }
    String field = path.segments().get(0);
    if (field.startsWith("_")) {
      throw new IllegalArgumentException(
          what
              + " changes '"
              + field
              + "', which is read-only (LaunchDarkly fields starting with '_' cannot be changed)");
    }
  }
}
