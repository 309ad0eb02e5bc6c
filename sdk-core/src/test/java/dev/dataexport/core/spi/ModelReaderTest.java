package dev.dataexport.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one reading strategy: members in one pass, others kept, nulls in arrays skipped. */
class ModelReaderTest {
  /** A model of two members, read by {@link Reader}. */
  @JsonDeserialize(using = Reader.class)
  static final class Model {
    String name;
    List<String> models = List.of();
    final Map<String, JsonNode> unknown = new LinkedHashMap<>();
  }

  /** The model's reader, as a vendor module writes one. */
  static final class Reader extends ModelReader<Model, Model> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(Model.class, 2);
      field(0, "name", String.class);
      field(1, "models", List.class, String.class);
    }

    @Override
    protected Model newBuilder() {
      return new Model();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void set(Model builder, int index, Object value) {
      if (index == 0) {
        builder.name = (String) value;
      } else {
        builder.models = List.copyOf((List<String>) value);
      }
    }

    @Override
    protected void putOther(Model builder, String name, JsonNode value) {
      builder.unknown.put(name, value);
    }

    @Override
    protected Model build(Model builder) {
      return builder;
    }
  }

  @Test
  void nullsInsideAnArrayAreSkippedSoTheListNeverHoldsNull() throws Exception {
    Model model =
        Json.mapper().readValue("{\"models\":[\"customers\",null,\"invoices\",null]}", Model.class);
    assertThat(model.models).containsExactly("customers", "invoices");
  }

  @Test
  void unknownMembersAreKeptInDocumentOrder() throws Exception {
    Model model = Json.mapper().readValue("{\"z\":1,\"name\":\"n\",\"a\":[true]}", Model.class);
    assertThat(model.name).isEqualTo("n");
    assertThat(model.unknown.keySet()).containsExactly("z", "a");
  }
}
