package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dataexport.core.spi.Json;
import org.junit.jupiter.api.Test;

/** The response models write back what they read, unknown fields and values included. */
class ModelJsonTest {
  @Test
  void destinationListRoundTripsUnknownFieldsAndValues() throws Exception {
    String json =
        "{\"destinations\":[{\"type\":\"duckdb\",\"connectedAt\":\"2026-06-04T12:00:00Z\","
            + "\"destinationId\":\"dst_a\",\"connectionStatus\":\"connected\",\"lastSyncStatus\":{\"transferId\":\"t\","
            + "\"status\":\"QUEUED\",\"finishedAt\":\"2026-06-04T12:30:00Z\",\"rowsTransferred\":5,\"extra\":[1,2]},"
            + "\"enabledModels\":[\"customers\"],\"labels\":{\"team\":\"billing\"}}],\"total\":1}";
    DestinationList list = Json.mapper().readValue(json, DestinationList.class);
    assertThat(tree(Json.mapper().writeValueAsString(list))).isEqualTo(tree(json));
  }

  @Test
  void requestWritesOnlyItsTwoFields() throws Exception {
    assertThat(tree(Json.mapper().writeValueAsString(StiggServer.request())))
        .isEqualTo(
            tree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}"));
  }
}
