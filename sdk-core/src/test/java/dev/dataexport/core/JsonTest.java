package dev.dataexport.core;

import static dev.dataexport.core.support.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dataexport.core.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  /** A block whose unwrapped member is declared first, even in the explicit order. */
  @JsonPropertyOrder({"inner", "b", "a"})
  public static final class Block {
    @JsonUnwrapped
    @JsonProperty("inner")
    public Inner inner() {
      return new Inner();
    }

    @JsonProperty("b")
    public String b() {
      return "B";
    }

    @JsonProperty("a")
    public String a() {
      return "A";
    }
  }

  /** Members that land in {@link Block}'s object. */
  public static final class Inner {
    @JsonProperty public String x = "X";
    @JsonProperty public String y = "Y";
  }

  @Test
  void unwrappedMembersAreWrittenAfterTheNamedOnesInTheirOwnOrder() throws Exception {
    assertThat(Json.mapper().writeValueAsString(new Block()))
        .isEqualTo("{\"b\":\"B\",\"a\":\"A\",\"x\":\"X\",\"y\":\"Y\"}");
  }

  /** A request body with an optional, a null and a secret. */
  public static final class Update {
    @JsonProperty public Optional<String> label = Optional.empty();
    @JsonProperty public String plainNull;
    @JsonProperty public Secret password;
  }

  /** A server-defined value with two known constants. */
  public static final class Status extends OpenEnum {
    private static final Values<Status> VALUES = new Values<>(Status::new);
    public static final Status ACTIVE = VALUES.known("active");
    public static final Status PAUSED = VALUES.known("paused");

    private Status(String value, boolean known) {
      super(value, known);
    }

    @JsonCreator
    public static Status of(String value) {
      return VALUES.of(value);
    }

    public static List<Status> knownValues() {
      return VALUES.knownValues();
    }
  }

  /** A response model that keeps unknown fields. */
  public static final class Destination {
    @JsonProperty public String id;
    @JsonProperty public Status status;
    @JsonProperty public Optional<String> note = Optional.empty();
    @JsonProperty public Instant updatedAt;
    private final Map<String, Object> other = new LinkedHashMap<>();

    @JsonAnySetter
    void put(String name, Object value) {
      other.put(name, value);
    }

    @JsonAnyGetter
    public Map<String, Object> other() {
      return other;
    }
  }

  @Test
  void secretIsWrittenByTheMapperAndMaskedByTheRedactingMapper() throws Exception {
    Map<String, Object> body = Map.of("password", Secret.of("pw-123"));

    assertThat(Json.mapper().writeValueAsString(body)).isEqualTo("{\"password\":\"pw-123\"}");
    assertThat(Json.redactingMapper().writeValueAsString(body))
        .isEqualTo("{\"password\":\"****\"}");
    assertThat(Secret.of("pw-123")).hasToString("****");
    assertThat(Secret.of("pw-123"))
        .isEqualTo(Secret.of("pw-123"))
        .isNotEqualTo(Secret.of("pw-124"));
  }

  @Test
  void secretIsReadFromJson() throws Exception {
    record Holder(@JsonProperty("token") Secret token) {}

    assertThat(Json.mapper().readValue("{\"token\":\"t-1\"}", Holder.class).token().reveal())
        .isEqualTo("t-1");
  }

  @Test
  void unknownFieldsAreKeptAndUnknownEnumValuesPreserved() throws Exception {
    String json =
        "{\"id\":\"d1\",\"status\":\"migrating\",\"updatedAt\":\"2024-05-01T10:00:00Z\","
            + "\"newField\":{\"a\":[1,2]},\"flag\":true}";

    Destination destination = Json.mapper().readValue(json, Destination.class);

    assertThat(destination.status.isKnown()).isFalse();
    assertThat(destination.status.value()).isEqualTo("migrating");
    assertThat(destination.note).isEmpty();
    assertThat(destination.updatedAt).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(destination.other()).containsOnlyKeys("newField", "flag");
    assertThat(tree(Json.mapper().writeValueAsString(destination))).isEqualTo(tree(json));
  }

  @Test
  void unknownPropertiesNeverFailAModelWithoutAnAnySetter() throws Exception {
    record Small(@JsonProperty("id") String id) {}

    assertThat(Json.mapper().readValue("{\"id\":\"x\",\"surprise\":1}", Small.class).id())
        .isEqualTo("x");
  }

  @Test
  void knownEnumValuesAreTheConstants() throws Exception {
    assertThat(Json.mapper().readValue("\"active\"", Status.class)).isSameAs(Status.ACTIVE);
    assertThat(Status.ACTIVE.isKnown()).isTrue();
    assertThat(Status.of("other")).isEqualTo(Status.of("other")).isNotEqualTo(Status.ACTIVE);
    assertThat(Status.knownValues()).containsExactly(Status.ACTIVE, Status.PAUSED);
    assertThat(Json.mapper().writeValueAsString(Status.of("other"))).isEqualTo("\"other\"");
  }

  @Test
  void instantsAreIsoOutAndEpochMillisOrIsoIn() throws Exception {
    record When(@JsonProperty("at") Instant at) {}

    assertThat(Json.mapper().writeValueAsString(new When(Instant.parse("2024-01-02T03:04:05Z"))))
        .isEqualTo("{\"at\":\"2024-01-02T03:04:05Z\"}");
    assertThat(Json.mapper().readValue("{\"at\":1704164645000}", When.class).at())
        .isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(Json.mapper().readValue("{\"at\":\"2024-01-02T03:04:05.123Z\"}", When.class).at())
        .isEqualTo(Instant.parse("2024-01-02T03:04:05.123Z"));
  }

  @Test
  void nullsAndAbsentOptionalsAreLeftOut() throws Exception {
    assertThat(Json.mapper().writeValueAsString(new Update())).isEqualTo("{}");
  }

  @Test
  void newMapperIsIndependent() {
    assertThat(Json.newMapper()).isNotSameAs(Json.mapper());
  }
}
