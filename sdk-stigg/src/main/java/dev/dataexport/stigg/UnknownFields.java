package dev.dataexport.stigg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members a model does not name, collected by its builder in document order; the map is made
 * only when there is one, since most responses have none.
 */
final class UnknownFields {
  private Map<String, JsonNode> fields;

  void put(String name, JsonNode value) {
    Checks.notNull("name", name);
    Checks.notNull("value", value);
    if (fields == null) {
      fields = new LinkedHashMap<>();
    }
    fields.put(name, value);
  }

  /** The fields so far (the model copies them). */
  Map<String, JsonNode> get() {
    return fields == null ? Map.of() : fields;
  }
}
