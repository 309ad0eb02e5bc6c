package dev.dataexport.launchdarkly;

import static dev.dataexport.launchdarkly.TestSupport.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.spi.Json;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@code diff(a, b).apply(a) == b} over many generated trees, and the patch survives the wire. */
class JsonPatchDiffPropertyTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Few names, so generated pairs share members and arrays and the diff has to recurse. */
  private static final String[] NAMES = {"a", "b", "c", "x/y", "m~n", "", "0", "-"};

  @Test
  void applyOfDiffTurnsTheFirstTreeIntoTheSecond() throws Exception {
    Random random = new Random(20240415L);
    for (int i = 0; i < 1000; i++) {
      JsonNode a = generate(random, 4);
      JsonNode b = random.nextInt(4) == 0 ? mutate(random, a.deepCopy()) : generate(random, 4);
      JsonPatch patch = JsonPatch.diff(a, b);
      JsonNode copyOfA = a.deepCopy();
      assertThat(patch.apply(a)).as("pair %d: %s -> %s via %s", i, a, b, patch).isEqualTo(b);
      assertThat(a).isEqualTo(copyOfA);
      // What goes on the wire reads back to the same patch.
      JsonPatch reread = JsonPatch.parse(Json.mapper().writeValueAsString(patch));
      assertThat(reread.apply(a)).isEqualTo(b);
    }
  }

  @Test
  void equalTreesGiveAnEmptyPatchAndSmallChangesASmallOne() {
    JsonNode a = tree("{\"on\":true,\"config\":{\"topic\":\"t\",\"list\":[1,2,3]},\"version\":4}");
    assertThat(JsonPatch.diff(a, a.deepCopy()).isEmpty()).isTrue();
    JsonNode b =
        tree(
            "{\"on\":false,\"config\":{\"topic\":\"t\",\"list\":[1,2]},\"version\":4,\"name\":\"n\"}");
    assertThat(JsonPatch.diff(a, b).toString())
        .isEqualTo(
            "[{\"op\":\"replace\",\"path\":\"/on\",\"value\":false},"
                + "{\"op\":\"remove\",\"path\":\"/config/list/2\"},{\"op\":\"add\",\"path\":\"/name\",\"value\":\"n\"}]");
  }

  private static JsonNode generate(Random random, int depth) {
    int kind = random.nextInt(depth <= 0 ? 5 : 8);
    switch (kind) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.booleanNode(random.nextBoolean());
      case 2:
        return random.nextBoolean()
            ? NODES.numberNode(random.nextInt(5))
            : NODES.numberNode(random.nextInt(3) + 0.5);
      case 3:
      case 4:
        return NODES.textNode(NAMES[random.nextInt(NAMES.length)]);
      case 5:
      case 6:
        {
          ObjectNode object = NODES.objectNode();
          int size = random.nextInt(5);
          for (int i = 0; i < size; i++) {
            object.set(NAMES[random.nextInt(NAMES.length)], generate(random, depth - 1));
          }
          return object;
        }
      default:
        {
          ArrayNode array = NODES.arrayNode();
          int size = random.nextInt(5);
          for (int i = 0; i < size; i++) {
            array.add(generate(random, depth - 1));
          }
          return array;
        }
    }
  }

  /**
   * A small random change deep inside {@code node}, so diffs of near-equal trees are covered too.
   */
  private static JsonNode mutate(Random random, JsonNode node) {
    if (node instanceof ObjectNode && node.size() > 0 && random.nextBoolean()) {
      String name = node.fieldNames().next();
      ((ObjectNode) node).set(name, mutate(random, node.get(name)));
      return node;
    }
    if (node instanceof ArrayNode && node.size() > 0 && random.nextBoolean()) {
      int index = random.nextInt(node.size());
      ((ArrayNode) node).set(index, mutate(random, node.get(index)));
      return node;
    }
    return generate(random, 2);
  }
}
