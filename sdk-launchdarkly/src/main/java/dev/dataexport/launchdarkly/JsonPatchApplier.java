package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.launchdarkly.internal.JsonValues;
import java.util.List;

/** Applies RFC 6902 operations to a copy of a document, exactly as section 4 of the RFC says. */
final class JsonPatchApplier {
  private JsonPatchApplier() {}

  static JsonNode apply(List<PatchOperation> operations, JsonNode document) {
    JsonNode doc = document.deepCopy();
    for (int i = 0; i < operations.size(); i++) {
      doc = applyOne(operations.get(i), doc, i);
    }
    return doc;
  }

  private static JsonNode applyOne(PatchOperation operation, JsonNode doc, int index) {
    JsonPointer path = operation.path();
    switch (operation.op()) {
      case ADD:
        return add(doc, path, operation.revealedValue(), index, operation);
      case REMOVE:
        return remove(doc, path, index, operation);
      case REPLACE:
        get(doc, path, index, operation);
        return path.isRoot()
            ? operation.revealedValue()
            : add(
                remove(doc, path, index, operation),
                path,
                operation.revealedValue(),
                index,
                operation);
      case MOVE:
        {
          JsonPointer from = operation.from().orElseThrow();
          JsonNode value = get(doc, from, index, operation);
          if (from.equals(path)) {
            return doc;
          }
          return add(remove(doc, from, index, operation), path, value, index, operation);
        }
      case COPY:
        {
          JsonNode value = get(doc, operation.from().orElseThrow(), index, operation);
          return add(doc, path, value.deepCopy(), index, operation);
        }
      case TEST:
        {
          JsonNode actual = get(doc, path, index, operation);
          if (!JsonValues.jsonEquals(actual, operation.revealedValue())) {
            throw new JsonPatchException(
                describe(index, operation)
                    + " failed: the value at '"
                    + path
                    + "' is not the expected value",
                index,
                true);
          }
          return doc;
        }
      default:
        throw new IllegalStateException("unknown op " + operation.op());
    }
  }

  private static JsonNode add(
      JsonNode doc, JsonPointer path, JsonNode value, int index, PatchOperation op) {
    if (path.isRoot()) {
      return value;
    }
    JsonNode parent = get(doc, path.parent(), index, op);
    String last = path.last();
    if (parent.isObject()) {
      ((ObjectNode) parent).set(last, value);
    } else if (parent.isArray()) {
      ArrayNode array = (ArrayNode) parent;
      if (last.equals("-")) {
        array.add(value);
      } else {
        int position = arrayIndex(last, path, index, op);
        if (position > array.size()) {
          throw fail(
              index,
              op,
              "array index "
                  + position
                  + " in '"
                  + path
                  + "' is out of range (size "
                  + array.size()
                  + ")");
        }
        array.insert(position, value);
      }
    } else {
      throw fail(index, op, "the parent of '" + path + "' is not an object or array");
    }
    return doc;
  }

  private static JsonNode remove(JsonNode doc, JsonPointer path, int index, PatchOperation op) {
    if (path.isRoot()) {
      throw fail(index, op, "the whole document cannot be removed");
    }
    JsonNode parent = get(doc, path.parent(), index, op);
    String last = path.last();
    if (parent.isObject()) {
      if (((ObjectNode) parent).remove(last) == null) {
        throw fail(index, op, "there is no value at '" + path + "'");
      }
    } else if (parent.isArray()) {
      int position = arrayIndex(last, path, index, op);
      if (position >= parent.size()) {
        throw fail(
            index,
            op,
            "array index "
                + position
                + " in '"
                + path
                + "' is out of range (size "
                + parent.size()
                + ")");
      }
      ((ArrayNode) parent).remove(position);
    } else {
      throw fail(index, op, "there is no value at '" + path + "'");
    }
    return doc;
  }

  private static JsonNode get(JsonNode doc, JsonPointer path, int index, PatchOperation op) {
    JsonNode node = doc;
    for (String segment : path.segments()) {
      JsonNode next = null;
      if (node.isObject()) {
        next = node.get(segment);
      } else if (node.isArray()) {
        int position = arrayIndex(segment, path, index, op);
        next = position < node.size() ? node.get(position) : null;
      }
      if (next == null) {
        throw fail(index, op, "there is no value at '" + path + "'");
      }
      node = next;
    }
    return node;
  }

  /** RFC 6901 array index: "0" or digits without a leading zero; "-" is handled by add only. */
  private static int arrayIndex(String segment, JsonPointer path, int index, PatchOperation op) {
    if (!JsonPointer.isDigits(segment) || (segment.length() > 1 && segment.charAt(0) == '0')) {
      throw fail(
          index,
          op,
          "'"
              + segment
              + "' in '"
              + path
              + "' is not a valid array index"
              + (segment.equals("-")
                  ? " here ('-' is allowed only as the target of add)"
                  : " (digits, no leading zero)"));
    }
    if (segment.length() > 9) {
      throw fail(index, op, "array index " + segment + " in '" + path + "' is out of range");
    }
    return Integer.parseInt(segment);
  }

  private static JsonPatchException fail(int index, PatchOperation op, String why) {
    return new JsonPatchException(describe(index, op) + " failed: " + why, index, false);
  }

  private static String describe(int index, PatchOperation op) {
    return "operation " + index + " (" + op.op().wireName() + " '" + op.path() + "')";
  }
}
