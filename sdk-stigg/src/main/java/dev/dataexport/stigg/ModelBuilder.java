package dev.dataexport.stigg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.spi.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every response model's builder shares: the members the model does not name, collected in
 * document order; the map is made only when there is one, since most responses have none.
 *
 * @param <B> the model's builder
 */
abstract class ModelBuilder<B extends ModelBuilder<B>> {
  private Map<String, JsonNode> unknownFields;

  ModelBuilder() {}

  /** Keeps a member this SDK version does not name. */
  public final B putUnknownField(String name, JsonNode value) {
    Checks.notNull("name", name);
    Checks.notNull("value", value);
    if (unknownFields == null) {
      unknownFields = new LinkedHashMap<>();
    }
    unknownFields.put(name, value);
    return self();
  }

  /** This builder as its own type. */
  @SuppressWarnings("unchecked") // B is the concrete builder by construction
  final B self() {
    return (B) this;
  }

  /** The fields so far (the model copies them). */
  final Map<String, JsonNode> unknownFields() {
    return unknownFields == null ? Map.of() : unknownFields;
  }
}
