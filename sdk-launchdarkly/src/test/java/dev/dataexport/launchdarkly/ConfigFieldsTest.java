package dev.dataexport.launchdarkly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each typed config's one {@link ConfigFields} matches what the config writes and reads, so its
 * builder, its reader and its Immutables parameters cannot drift apart.
 */
class ConfigFieldsTest {

  @Test
  void everyDeclaredMemberIsReadAndWrittenUnderItsJsonName() throws Exception {
    check(KinesisConfig.class, KinesisConfig.FIELDS);
    check(GooglePubSubConfig.class, GooglePubSubConfig.FIELDS);
    check(SnowflakeV2Config.class, SnowflakeV2Config.FIELDS);
    check(AzureEventHubsConfig.class, AzureEventHubsConfig.FIELDS);
    check(MParticleConfig.class, MParticleConfig.FIELDS);
    check(SegmentConfig.class, SegmentConfig.FIELDS);
  }

  @Test
  void aMemberNotDeclaredIsRefused() {
    assertThatThrownBy(() -> KinesisConfig.FIELDS.index("topic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no config member topic");
  }

  /** Reads a document with every declared member set, writes it back, and compares the names. */
  private static void check(Class<?> type, ConfigFields fields) throws Exception {
    ObjectNode document = Json.mapper().createObjectNode();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      names.add(fields.name(i));
      if (fields.type(i) == JsonNode.class) {
        document.putObject(fields.name(i)).put("kind", "user");
      } else {
        document.put(fields.name(i), fields.type(i) == Secret.class ? "obfuscated" : "v" + i);
      }
    }
    document.put("notDeclared", true);
    Object config = Json.mapper().treeToValue(document, type);
    JsonNode written = Json.mapper().valueToTree(config);
    List<String> writtenNames = new ArrayList<>();
    written.fieldNames().forEachRemaining(writtenNames::add);
    names.add("notDeclared");
    assertThat(writtenNames).as(type.getSimpleName()).containsExactlyElementsOf(names);
    assertThat(written).as(type.getSimpleName()).isEqualTo(document);
  }
}
