package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.spi.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one-pass readers of the response models read exactly as Jackson's binding did. */
class ResponseReaderTest {
  private static <T> T read(String json, Class<T> type) throws Exception {
    return Json.mapper().readValue(json, type);
  }

  @Test
  void nullMembersAreEmptyScalarsAreCoercedAndTheLastRepeatedMemberWins() throws Exception {
    ModelMetric metric =
        read(
            "{\"model_id\":\"a\",\"model_id\":\"b\",\"model_name\":null,\"rows_transferred\":\"12\","
                + "\"volume_transferred_in_mb\":3,\"start_transfer_window_at\":1714564800123,"
                + "\"error\":null,\"z\":1,\"a\":null}",
            ModelMetric.class);
    assertThat(metric.modelId()).contains("b");
    assertThat(metric.modelName()).isEmpty();
    assertThat(metric.rowsTransferred()).contains(12L);
    assertThat(metric.volumeTransferredInMb()).contains(3.0);
    assertThat(metric.startTransferWindowAt()).contains(Instant.ofEpochMilli(1714564800123L));
    assertThat(metric.error()).isEmpty();
    assertThat(metric.otherFields().keySet()).containsExactly("z", "a"); // document order
    assertThat(metric.otherFields().get("a").isNull()).isTrue();

    Transfer transfer =
        read(
            "{\"models\":[\"a\"],\"models\":null,\"tags\":{\"k\":null},\"status\":\"NEW_STATE\","
                + "\"model_metrics\":[{\"model_id\":\"x\"}],\"models_snapshot\":null}",
            Transfer.class);
    assertThat(transfer.models()).isEmpty();
    assertThat(transfer.tags().get("k").isNull()).isTrue();
    assertThat(transfer.status().orElseThrow().value()).isEqualTo("NEW_STATE");
    assertThat(transfer.modelMetrics())
        .extracting(m -> m.modelId().orElseThrow())
        .containsExactly("x");
    assertThat(transfer.modelsSnapshot()).isEmpty();

    ModelSnapshot snapshot = read("{\"revision_id\":7,\"x\":1}", ModelSnapshot.class);
    assertThat(snapshot.revisionId()).contains("7");
    assertThat(snapshot.otherFields()).containsOnlyKeys("x");
  }

  @Test
  void membersOfTheWrongShapeAreMappingErrors() {
    String[][] cases = {
      {"[]", "ModelMetric"},
      {"{\"rows_transferred\":\"x\"}", "ModelMetric"},
      {"{\"rows_transferred\":1e40}", "ModelMetric"},
      {"{\"model_id\":{}}", "ModelMetric"},
      {"{\"error\":\"text\"}", "ModelMetric"},
      {"{\"models\":[\"a\",null]}", "Transfer"},
      {"{\"model_metrics\":[null]}", "Transfer"},
      {"{\"models\":\"a\"}", "Transfer"},
      {"{\"tags\":[]}", "Transfer"},
      {"{\"revision_id\":[]}", "ModelSnapshot"}
    };
    for (String[] c : cases) {
      Class<?> type =
          c[1].equals("Transfer")
              ? Transfer.class
              : c[1].equals("ModelSnapshot") ? ModelSnapshot.class : ModelMetric.class;
      assertThatThrownBy(() -> read(c[0], type))
          .as(c[0])
          .isInstanceOf(JsonProcessingException.class);
    }
  }
}
