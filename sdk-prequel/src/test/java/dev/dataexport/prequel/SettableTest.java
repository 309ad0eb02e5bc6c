package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three states of a {@link Settable} field, in memory and through the SDK's one mapper. */
class SettableTest {
  /** A request body with three-state fields and a secret. */
  public static final class Update {
    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Settable<Integer> frequency = Settable.unset();

    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Settable<String> description = Settable.unset();

    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public Settable<List<String>> models = Settable.unset();

    @JsonProperty public Secret password;
  }

  /** A request body with three states per field. */
  static final class Change {
    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    final Settable<String> name;

    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    final Settable<Integer> size;

    @JsonCreator
    Change(
        @JsonProperty("name") Settable<String> name, @JsonProperty("size") Settable<Integer> size) {
      this.name = name;
      this.size = size;
    }
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }

  @Test
  void settableThreeStatesOnTheWire() throws Exception {
    Update update = new Update();
    update.frequency = Settable.of(60);
    update.description = Settable.ofNull();
    update.password = Secret.of("pw-123");

    // The pipeline writes every request body with this mapper (RequestPreparer).
    assertThat(tree(new String(Json.mapper().writeValueAsBytes(update), "UTF-8")))
        .isEqualTo(tree("{\"frequency\":60,\"description\":null,\"password\":\"pw-123\"}"));
    assertThat(Json.mapper().writeValueAsString(new Update())).isEqualTo("{}");
  }

  @Test
  void settableHoldsItsState() {
    assertThat(Settable.<String>unset().isUnset()).isTrue();
    assertThat(Settable.<String>ofNull().isNull()).isTrue();
    assertThat(Settable.of("x").isPresent()).isTrue();
    assertThat(Settable.of("x").map(String::length)).isEqualTo(Settable.of(1));
    assertThat(Settable.<String>ofNull().map(String::length).isNull()).isTrue();
    assertThat(Settable.<String>ofNull().asOptional()).isEmpty();
    assertThat(Settable.<String>unset()).hasToString("UNSET");
  }

  @Test
  void settableReadsBackWhatItWrote() throws Exception {
    Change read = Json.mapper().readValue("{\"name\":null,\"size\":3}", Change.class);
    assertThat(read.name.isNull()).isTrue();
    assertThat(read.size.get()).isEqualTo(3);
    Change absent = Json.mapper().readValue("{}", Change.class);
    assertThat(absent.name.isUnset()).isTrue();
    assertThat(Json.mapper().writeValueAsString(read)).isEqualTo("{\"name\":null,\"size\":3}");
    assertThat(Json.mapper().writeValueAsString(absent)).isEqualTo("{}");
  }
}
