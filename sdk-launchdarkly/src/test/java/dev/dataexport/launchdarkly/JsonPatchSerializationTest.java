package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonPatchSerializationTest {
  private static String wire(Object value) throws Exception {
    return Json.mapper().writeValueAsString(value);
  }

  @Test
  void writesEachOfTheSixOperationsExactly() throws Exception {
    JsonPatch patch =
        JsonPatch.builder()
            .add("/config/tags/-", "new")
            .remove("/config/old")
            .replace("/on", false)
            .move("/config/a", "/config/b")
            .copy("/config/b", "/config/c")
            .test("/version", 3)
            .build();
    assertThat(wire(patch))
        .isEqualTo(
            "[{\"op\":\"add\",\"path\":\"/config/tags/-\",\"value\":\"new\"},"
                + "{\"op\":\"remove\",\"path\":\"/config/old\"},"
                + "{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                + "{\"op\":\"move\",\"from\":\"/config/a\",\"path\":\"/config/b\"},"
                + "{\"op\":\"copy\",\"from\":\"/config/b\",\"path\":\"/config/c\"},"
                + "{\"op\":\"test\",\"path\":\"/version\",\"value\":3}]");
  }

  @Test
  void writesAnExplicitNullValueInsteadOfDroppingIt() throws Exception {
    JsonPatch patch =
        JsonPatch.builder()
            .replace("/config/userIDContextKind", null)
            .add("/config/x", JsonNodeFactory.instance.nullNode())
            .test("/name", null)
            .build();
    assertThat(tree(wire(patch)))
        .isEqualTo(
            tree(
                "[{\"op\":\"replace\",\"path\":\"/config/userIDContextKind\","
                    + "\"value\":null},{\"op\":\"add\",\"path\":\"/config/x\",\"value\":null},"
                    + "{\"op\":\"test\",\"path\":\"/name\",\"value\":null}]"));
  }

  @Test
  void writesEscapedPointersFromRawSegments() throws Exception {
    JsonPatch patch =
        JsonPatch.builder()
            .replace(JsonPointer.of("config", "a/b", "c~d"), 1)
            .move(JsonPointer.of("x~y"), JsonPointer.of("z/w"))
            .build();
    assertThat(wire(patch))
        .isEqualTo(
            "[{\"op\":\"replace\",\"path\":\"/config/a~1b/c~0d\",\"value\":1},"
                + "{\"op\":\"move\",\"from\":\"/x~0y\",\"path\":\"/z~1w\"}]");
  }

  @Test
  void mapsJavaValuesThroughTheCoreMapper() throws Exception {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("at", Instant.parse("2024-05-01T12:00:00Z"));
    value.put("list", List.of(1, 2));
    value.put("none", null);
    JsonPatch patch = JsonPatch.builder().add("/config/nested", value).build();
    value.put("later", "ignored"); // the patch keeps a copy
    assertThat(tree(wire(patch)))
        .isEqualTo(
            tree(
                "[{\"op\":\"add\",\"path\":\"/config/nested\","
                    + "\"value\":{\"at\":\"2024-05-01T12:00:00Z\",\"list\":[1,2],\"none\":null}}]")); // a map's null is kept
  }

  @Test
  void sendsSecretsOnTheWireButMasksThemEverywhereElse() throws Exception {
    String canary = "secret-canary-91b2";
    JsonPatch patch =
        JsonPatch.builder()
            .replace("/config/policyKey", Secret.of(canary))
            .replace("/config/writeKey", canary + "-plain") // a secret-named member: protected too
            .add("/config/nested", Map.of("apiKey", Secret.of(canary + "-nested")))
            .build();
    assertThat(wire(patch))
        .contains(canary)
        .contains(canary + "-plain")
        .contains(canary + "-nested");
    assertThat(patch.toString()).doesNotContain(canary).contains("****");
    assertThat(patch.operations().get(0).toString()).doesNotContain(canary);
    assertThat(Json.redactingMapper().writeValueAsString(patch)).doesNotContain(canary);
    assertThat(
            patch
                .apply(tree("{\"config\":{\"policyKey\":\"old\",\"writeKey\":\"old\"}}"))
                .path("config")
                .path("policyKey")
                .textValue())
        .isEqualTo(canary);
  }

  @Test
  void readsAPatchDocumentIgnoringUnknownMembers() throws Exception {
    String text =
        "[{\"op\":\"add\",\"path\":\"/a\",\"value\":null,\"xyz\":1},{\"op\":\"copy\",\"from\":\"/a\","
            + "\"path\":\"/b\"},{\"op\":\"remove\",\"path\":\"/a\"}]";
    JsonPatch patch = JsonPatch.parse(text);
    assertThat(patch.operations())
        .extracting(PatchOperation::op)
        .containsExactly(PatchOp.ADD, PatchOp.COPY, PatchOp.REMOVE);
    assertThat(tree(wire(patch))).isEqualTo(tree(text.replace(",\"xyz\":1", "")));
  }

  @Test
  void rejectsInvalidDocumentsNamingTheOperationAndRule() {
    assertThatThrownBy(() -> JsonPatch.parse("{\"op\":\"add\"}"))
        .hasMessageContaining("must be a JSON array");
    assertThatThrownBy(() -> JsonPatch.parse("[{\"op\":\"add\",\"path\":\"/a\"}]"))
        .hasMessageContaining("operation 0")
        .hasMessageContaining("needs a member 'value'");
    assertThatThrownBy(() -> JsonPatch.parse("[{\"op\":\"move\",\"path\":\"/a\"}]"))
        .hasMessageContaining("needs a string member 'from'");
    assertThatThrownBy(() -> JsonPatch.parse("[{\"op\":\"merge\",\"path\":\"/a\"}]"))
        .hasMessageContaining("op must be one of");
    assertThatThrownBy(() -> JsonPatch.parse("[{\"op\":\"remove\",\"path\":\"a\"}]"))
        .hasMessageContaining("start with '/'");
    assertThatThrownBy(() -> JsonPatch.builder().move("/a", "/a/b"))
        .hasMessageContaining("must not lie below from");
    assertThatThrownBy(() -> JsonPatch.parse("[not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isImmutable() {
    JsonPatch.Builder builder = JsonPatch.builder().replace("/on", true);
    JsonPatch patch = builder.build();
    builder.remove("/name");
    assertThat(patch.operations()).hasSize(1);
    assertThatThrownBy(() -> patch.operations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    com.fasterxml.jackson.databind.node.ObjectNode value =
        JsonNodeFactory.instance.objectNode().put("a", 1);
    JsonPatch withNode = JsonPatch.builder().add("/x", value).build();
    value.put("a", 2);
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            withNode.operations().get(0).value().orElseThrow())
        .put("a", 3);
    assertThat(withNode.operations().get(0).value().orElseThrow().path("a").intValue())
        .isEqualTo(1);
  }
}
