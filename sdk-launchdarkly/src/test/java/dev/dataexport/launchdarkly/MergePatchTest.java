package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MergePatchTest {
  /** RFC 7386 Appendix A, limited to object patches (LaunchDarkly accepts only those). */
  static Stream<Arguments> appendixA() {
    return Stream.of(
        Arguments.of("{\"a\":\"b\"}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
        Arguments.of("{\"a\":\"b\"}", "{\"b\":\"c\"}", "{\"a\":\"b\",\"b\":\"c\"}"),
        Arguments.of("{\"a\":\"b\"}", "{\"a\":null}", "{}"),
        Arguments.of("{\"a\":\"b\",\"b\":\"c\"}", "{\"a\":null}", "{\"b\":\"c\"}"),
        Arguments.of("{\"a\":[\"b\"]}", "{\"a\":\"c\"}", "{\"a\":\"c\"}"),
        Arguments.of("{\"a\":\"c\"}", "{\"a\":[\"b\"]}", "{\"a\":[\"b\"]}"),
        Arguments.of(
            "{\"a\":{\"b\":\"c\"}}", "{\"a\":{\"b\":\"d\",\"c\":null}}", "{\"a\":{\"b\":\"d\"}}"),
        Arguments.of("{\"a\":[{\"b\":\"c\"}]}", "{\"a\":[1]}", "{\"a\":[1]}"),
        Arguments.of("{\"e\":null}", "{\"a\":1}", "{\"e\":null,\"a\":1}"),
        Arguments.of("[1,2]", "{\"a\":\"b\",\"c\":null}", "{\"a\":\"b\"}"),
        Arguments.of("{}", "{\"a\":{\"bb\":{\"ccc\":null}}}", "{\"a\":{\"bb\":{}}}"));
  }

  @ParameterizedTest
  @MethodSource("appendixA")
  void appliesTheRfcExamples(String target, String patch, String expected) {
    assertThat(MergePatch.of(tree(patch)).apply(tree(target))).isEqualTo(tree(expected));
  }

  @Test
  void buildsNestedPatchesWithNullsAndWritesThemExactly() throws Exception {
    MergePatch patch =
        MergePatch.builder()
            .set("on", false)
            .set("config", MergePatch.builder().set("topic", "exports").remove("userIDContextKind"))
            .remove("name")
            .build();
    assertThat(Json.mapper().writeValueAsString(patch))
        .isEqualTo(
            "{\"on\":false,\"config\":{\"topic\":\"exports\",\"userIDContextKind\":null},\"name\":null}");
    Map<String, Object> members = new HashMap<>();
    members.put("name", null);
    assertThat(Json.mapper().writeValueAsString(MergePatch.of(members)))
        .isEqualTo("{\"name\":null}");
  }

  @Test
  void masksSecretsOutsideTheWire() throws Exception {
    MergePatch patch =
        MergePatch.builder()
            .set("config", MergePatch.builder().set("writeKey", Secret.of("merge-canary-55")))
            .build();
    assertThat(Json.mapper().writeValueAsString(patch)).contains("merge-canary-55");
    assertThat(patch.toString()).doesNotContain("merge-canary-55").contains("****");
    assertThat(patch.toJson().toString()).doesNotContain("merge-canary-55");
    assertThat(patch.apply(tree("{}")).path("config").path("writeKey").textValue())
        .isEqualTo("merge-canary-55");
  }

  @Test
  void isAnObjectAndImmutable() {
    assertThatThrownBy(() -> MergePatch.of(tree("[1]")))
        .hasMessageContaining("must be a JSON object");
    MergePatch.Builder builder = MergePatch.builder().set("a", 1);
    MergePatch patch = builder.build();
    builder.set("b", 2);
    patch.toJson().put("c", 3);
    assertThat(patch.memberNames()).containsExactly("a");
  }
}
