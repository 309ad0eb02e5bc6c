package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Computes a patch turning one document into another: objects member by member (remove, recurse,
 * add), arrays index by index (recurse on the common prefix, then add at the end or remove from the
 * end, highest index first), anything else replaced whole. Equality is exact (Jackson's), so {@code
 * 1} and {@code 1.0} differ.
 */
final class JsonPatchDiff {
  private JsonPatchDiff() {}

  static void diff(JsonNode from, JsonNode to, JsonPointer path, List<PatchOperation> out) {
    if (from.equals(to)) {
      return;
    }
    if (from.isObject() && to.isObject()) {
      for (Map.Entry<String, JsonNode> field : from.properties()) {
        if (!to.has(field.getKey())) {
          out.add(PatchOperation.remove(path.append(field.getKey())));
        }
      }
      for (Map.Entry<String, JsonNode> field : to.properties()) {
        JsonNode before = from.get(field.getKey());
        if (before == null) {
          out.add(PatchOperation.add(path.append(field.getKey()), field.getValue()));
        } else {
          diff(before, field.getValue(), path.append(field.getKey()), out);
        }
      }
    } else if (from.isArray() && to.isArray()) {
      int common = Math.min(from.size(), to.size());
      for (int i = 0; i < common; i++) {
        diff(from.get(i), to.get(i), path.append(i), out);
      }
      for (int i = common; i < to.size(); i++) {
        out.add(PatchOperation.add(path.append("-"), to.get(i)));
      }
      for (int i = from.size() - 1; i >= common; i--) {
        out.add(PatchOperation.remove(path.append(i)));
      }
    } else {
      out.add(PatchOperation.replace(path, to));
    }
  }
}
