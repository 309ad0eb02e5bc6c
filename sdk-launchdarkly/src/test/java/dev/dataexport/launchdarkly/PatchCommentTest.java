package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.rejects;
import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.spi.Json;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The audit-log comment of a JSON Patch and a merge patch: it travels in the patch and turns the
 * wire form into LaunchDarkly's wrapper.
 */
class PatchCommentTest {
  private static String wire(Object value) throws Exception {
    return Json.mapper().writeValueAsString(value);
  }

  @Test
  void aJsonPatchWithACommentIsWrittenAsTheWrapper() throws Exception {
    JsonPatch bare = JsonPatch.builder().replace("/on", false).build();
    JsonPatch commented = JsonPatch.builder().replace("/on", false).comment("pause").build();
    assertThat(bare.comment()).isEmpty();
    assertThat(commented.comment()).contains("pause");
    assertThat(wire(bare)).isEqualTo("[{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]");
    assertThat(wire(commented))
        .isEqualTo(
            "{\"comment\":\"pause\",\"patch\":[{\"op\":\"replace\",\"path\":\"/on\",\"value\":false}]}");
    assertThat(bare.withComment("pause")).isEqualTo(commented).hasSameHashCodeAs(commented);
    assertThat(bare).isNotEqualTo(commented);
    assertThat(commented.withComment("other").comment()).contains("other");
    assertThat(commented.operations()).isEqualTo(bare.operations());
    assertThat(tree(commented.toString())).isEqualTo(tree(wire(commented)));
  }

  @Test
  void theCommentSurvivesConcatAndParsing() throws Exception {
    JsonPatch guard = JsonPatch.builder().test("/version", 3).build();
    JsonPatch change = JsonPatch.builder().replace("/on", false).comment("why").build();
    assertThat(guard.concat(change).comment()).contains("why");
    assertThat(change.concat(guard.withComment("first")).comment()).contains("why");
    assertThat(guard.concat(guard).comment()).isEmpty();
    JsonPatch parsed = JsonPatch.parse(wire(guard.concat(change)));
    assertThat(parsed).isEqualTo(guard.concat(change));
    assertThat(JsonPatch.parse(wire(guard))).isEqualTo(guard);
    assertThatThrownBy(() -> JsonPatch.parse("{\"comment\":5,\"patch\":[]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comment of a JSON Patch must be a string");
  }

  @Test
  void aMergePatchWithACommentIsWrittenAsTheWrapper() throws Exception {
    MergePatch bare = MergePatch.builder().set("on", false).build();
    MergePatch commented = MergePatch.builder().set("on", false).comment("pause").build();
    assertThat(bare.comment()).isEmpty();
    assertThat(commented.comment()).contains("pause");
    assertThat(wire(bare)).isEqualTo("{\"on\":false}");
    assertThat(wire(commented)).isEqualTo("{\"comment\":\"pause\",\"merge\":{\"on\":false}}");
    assertThat(bare.withComment("pause")).isEqualTo(commented).hasSameHashCodeAs(commented);
    assertThat(bare).isNotEqualTo(commented);
    assertThat(commented.toJson()).isEqualTo(tree("{\"on\":false}"));
    assertThat(commented.memberNames()).containsExactly("on");
    assertThat(commented.toString()).isEqualTo(wire(commented));
  }

  @Test
  void aNestedMergePatchCannotCarryItsOwnComment() {
    MergePatch nested = MergePatch.builder().set("topic", "t").comment("inner").build();
    assertThatThrownBy(() -> MergePatch.builder().set("config", nested))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'config' has a comment");
    assertThatThrownBy(
            () ->
                MergePatch.builder()
                    .set("config", MergePatch.builder().set("topic", "t").comment("inner")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("member 'config' has a comment");
  }

  @Test
  void aCommentIsNeitherNullNorBlank() {
    JsonPatch patch = JsonPatch.builder().replace("/on", false).build();
    MergePatch merge = MergePatch.builder().set("on", false).build();
    List<Consumer<String>> setters =
        List.of(
            patch::withComment,
            JsonPatch.builder()::comment,
            merge::withComment,
            MergePatch.builder()::comment,
            DestinationChange.builder()::comment);
    for (Consumer<String> setter : setters) {
      for (String blank : new String[] {"", " ", "\t\n"}) {
        rejects(
            IllegalArgumentException.class,
            "comment must not be blank",
            () -> setter.accept(blank));
      }
      rejects(NullPointerException.class, "comment must not be null", () -> setter.accept(null));
    }
  }

  @Test
  void nullArgumentsOfThePatchBuildersSayWhichArgument() {
    Class<NullPointerException> npe = NullPointerException.class;
    rejects(npe, "path must not be null", () -> JsonPatch.builder().replace((String) null, 1));
    rejects(npe, "path must not be null", () -> JsonPatch.builder().move("/a", null));
    rejects(
        npe,
        "from must not be null",
        () -> JsonPatch.builder().copy((JsonPointer) null, JsonPointer.of("a")));
    rejects(npe, "operation must not be null", () -> JsonPatch.builder().operation(null));
    rejects(
        npe,
        "operations[1] must not be null",
        () -> JsonPatch.of(Arrays.asList(PatchOperation.remove(JsonPointer.of("a")), null)));
    rejects(npe, "segments[1] must not be null", () -> JsonPointer.of("a", null));
    rejects(npe, "name must not be null", () -> MergePatch.builder().set(null, 1));
    rejects(
        IllegalArgumentException.class,
        "name must not be blank",
        () -> DestinationChange.builder().name(" "));
    rejects(
        npe,
        "config member name must not be null",
        () -> DestinationChange.builder().removeConfig(null));
  }
}
