package dev.dataexport.prequel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.dataexport.core.spi.Json;
import dev.dataexport.prequel.internal.PrequelJson;
import java.time.Instant;
import java.util.List;
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
    assertThat(metric.rowsTransferred()).hasValue(12L);
    assertThat(metric.volumeTransferredInMb()).hasValue(3.0);
    assertThat(metric.startTransferWindowAt()).contains(Instant.ofEpochMilli(1714564800123L));
    assertThat(metric.error()).isEmpty();
    assertThat(metric.unknownFields().keySet()).containsExactly("z", "a"); // document order
    assertThat(metric.unknownFields().get("a").isNull()).isTrue();

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
    assertThat(snapshot.unknownFields()).containsOnlyKeys("x");
  }

  @Test
  void everyModelHasItsReaderAndABuilder() throws Exception {
    Destination destination =
        read(
            "{\"id\":\"d\",\"frequency_minutes\":null,\"max_concurrent_transfers\":\"3\","
                + "\"last_completed_transfer\":{\"model_metrics\":[{\"error\":{\"error\":null,"
                + "\"title\":\"t\",\"extra\":true}}]},\"postgres\":{\"host\":\"h\"}}",
            Destination.class);
    assertThat(destination.frequencyMinutes()).isEmpty();
    assertThat(destination.maxConcurrentTransfers()).hasValue(3);
    assertThat(destination.unknownFields()).containsOnlyKeys("postgres");
    ModelError error =
        destination
            .lastCompletedTransfer()
            .orElseThrow()
            .modelMetrics()
            .get(0)
            .error()
            .orElseThrow();
    assertThat(error.error()).isEmpty(); // JSON null is empty, like every other null member
    assertThat(error.title()).contains("t");
    assertThat(error.unknownFields()).containsOnlyKeys("extra");

    assertThat(Destination.builder().id("d").frequencyMinutes(60).build().frequencyMinutes())
        .hasValue(60);
    assertThat(Transfer.builder().status(TransferStatus.SUCCESS).build().status())
        .contains(TransferStatus.SUCCESS);
    assertThatThrownBy(() -> Destination.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id is required");
  }

  @Test
  void jacksonCachesEveryReader() {
    // Without caching, every decode built and resolved the whole tree of readers again.
    assertThat(
            List.of(
                new PrequelJson.DestinationReader(),
                new PrequelJson.TransferReader(),
                new PrequelJson.ModelMetricReader(),
                new PrequelJson.ModelSnapshotReader(),
                new PrequelJson.ModelErrorReader()))
        .allMatch(reader -> reader.isCachable());
  }

  @Test
  void aDestinationWithoutIdIsAMappingError() {
    for (String json : new String[] {"{}", "{\"id\":null}", "{\"name\":\"n\"}"}) {
      assertThatThrownBy(() -> read(json, Destination.class))
          .as(json)
          .isInstanceOf(JsonProcessingException.class)
          .hasMessageContaining("id is required");
    }
  }

  @Test
  void membersOfTheWrongShapeAreMappingErrors() {
    String[][] cases = {
      {"[]", "ModelMetric"},
      {"{\"rows_transferred\":\"x\"}", "ModelMetric"},
      {"{\"rows_transferred\":1e40}", "ModelMetric"},
      {"{\"model_id\":{}}", "ModelMetric"},
      {"{\"error\":\"text\"}", "ModelMetric"},
      {"{\"models\":\"a\"}", "Transfer"},
      {"{\"tags\":[]}", "Transfer"},
      {"{\"revision_id\":[]}", "ModelSnapshot"},
      {"{\"id\":\"d\",\"frequency_minutes\":\"often\"}", "Destination"},
      {"{\"id\":\"d\",\"last_completed_transfer\":[]}", "Destination"},
      {"{\"title\":[]}", "ModelError"}
    };
    for (String[] c : cases) {
      Class<?> type =
          switch (c[1]) {
            case "Transfer" -> Transfer.class;
            case "ModelSnapshot" -> ModelSnapshot.class;
            case "Destination" -> Destination.class;
            case "ModelError" -> ModelError.class;
            default -> ModelMetric.class;
          };
      assertThatThrownBy(() -> read(c[0], type))
          .as(c[0])
          .isInstanceOf(JsonProcessingException.class);
    }
  }

  @Test
  void nullsInsideArraysAreSkippedByTheOneRule() throws Exception {
    Transfer transfer = read("{\"models\":[\"a\",null],\"model_metrics\":[null]}", Transfer.class);
    org.assertj.core.api.Assertions.assertThat(transfer.models()).containsExactly("a");
    org.assertj.core.api.Assertions.assertThat(transfer.modelMetrics()).isEmpty();
  }
}
