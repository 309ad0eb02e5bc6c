package dev.dataexport.prequel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.config.ChoiceOption;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Choice fields land in the enclosing object, in the order added, each value written by type. */
class ChoicesTest {
  private static final String CANARY = "canary-choice-secret-7f3a";

  /** An option whose body is itself, with a secret member. */
  record PasswordAuth(@JsonProperty("password") Secret password) implements ChoiceOption {
    @Override
    public String optionName() {
      return "password_auth";
    }
  }

  /** An option without a body. */
  record NoBody() implements ChoiceOption {
    @Override
    public String optionName() {
      return "none";
    }

    @Override
    public Object optionBody() {
      return null;
    }
  }

  /** A block with one plain field and its choices unwrapped beside it. */
  record Block(
      @JsonProperty("host") String host, @JsonUnwrapped @JsonProperty("x") Choices choices) {}

  private static JsonNode write(ObjectMapper mapper, Object value) throws Exception {
    return mapper.readTree(mapper.writeValueAsString(value));
  }

  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }

  @Test
  void noChoicesWriteNothingBesideTheBlocksFields() throws Exception {
    assertThat(Json.mapper().writeValueAsString(new Block("db", Choices.fields())))
        .isEqualTo("{\"host\":\"db\"}");
  }

  @Test
  void aSelectorAndItsSiblingObjectComeFromOneOption() throws Exception {
    Block block =
        new Block("db", Choices.fields().add("auth_method", new PasswordAuth(Secret.of("pw"))));

    assertThat(write(Json.mapper(), block))
        .isEqualTo(
            tree(
                "{\"host\":\"db\",\"auth_method\":\"password_auth\","
                    + "\"password_auth\":{\"password\":\"pw\"}}"));
  }

  @Test
  void anOptionWithoutABodyWritesOnlyItsSelectorAndAnAbsentOneNothing() throws Exception {
    Block block =
        new Block(
            "db", Choices.fields().add("mode", new NoBody()).add("other", (ChoiceOption) null));

    assertThat(Json.mapper().writeValueAsString(block))
        .isEqualTo("{\"host\":\"db\",\"mode\":\"none\"}");
  }

  @Test
  void manyFieldsKeepTheirOrderPastTheInlineOnes() throws Exception {
    Choices choices = Choices.fields();
    for (int i = 0; i < 9; i++) {
      choices.field("f" + i, i % 2 == 0 ? "v" + i : Map.of("n", i));
    }

    String written = Json.mapper().writeValueAsString(new Block("db", choices));

    assertThat(written)
        .isEqualTo(
            "{\"host\":\"db\",\"f0\":\"v0\",\"f1\":{\"n\":1},\"f2\":\"v2\",\"f3\":{\"n\":3},"
                + "\"f4\":\"v4\",\"f5\":{\"n\":5},\"f6\":\"v6\",\"f7\":{\"n\":7},\"f8\":\"v8\"}");
    assertThat(choices)
        .hasToString("{f0=v0, f1={n=1}, f2=v2, f3={n=3}, f4=v4, f5={n=5}, f6=v6, f7={n=7}, f8=v8}");
  }

  @Test
  void nestedChoicesAreWrittenAsAnObjectOfTheirOwn() throws Exception {
    Choices storage = Choices.fields().add(null, new PasswordAuth(Secret.of("pw")));
    Block block = new Block("db", Choices.fields().field("storage_options", storage));

    assertThat(write(Json.mapper(), block))
        .isEqualTo(
            tree(
                "{\"host\":\"db\","
                    + "\"storage_options\":{\"password_auth\":{\"password\":\"pw\"}}}"));
  }

  @Test
  void theRedactingMapperMasksASecretInsideAChoice() throws Exception {
    Block block =
        new Block(
            "db",
            Choices.fields()
                .add("auth_method", new PasswordAuth(Secret.of(CANARY)))
                .field(
                    "storage_options",
                    Choices.fields().add(null, new PasswordAuth(Secret.of(CANARY)))));

    String logged = Json.redactingMapper().writeValueAsString(block);

    assertThat(logged).doesNotContain(CANARY).contains("\"auth_method\":\"password_auth\"");
  }
}
