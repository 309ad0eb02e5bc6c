package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.ResponseHeaders;
import dev.dataexport.core.spi.Json;
import dev.dataexport.core.spi.ResponseDecoder.RawResponse;
import dev.dataexport.stigg.internal.StiggJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The response models as read by {@link StiggJson} and written back by the core mapper, unknown
 * fields and values included.
 */
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
  void theDecoderUnwrapsTheEnvelopeAndKeepsUnknownFieldsInDocumentOrder() throws IOException {
    DestinationList list =
        decode(
            "{\"meta\":{\"page\":1},\"data\":{\"z\":1,\"destinations\":[{\"type\":\"snowflake\","
                + "\"connectedAt\":\"2026-06-04T12:00:00Z\",\"destinationId\":\"dst_a\",\"b\":2,\"a\":3}],"
                + "\"y\":null}}");
    assertThat(list.unknownFields().keySet()).containsExactly("z", "y");
    assertThat(list.unknownFields().get("y").isNull()).isTrue();
    assertThat(list.destinations().get(0).unknownFields().keySet()).containsExactly("b", "a");
  }

  @Test
  void aRepeatedMemberReplacesTheEarlierOneAndNullClearsIt() throws IOException {
    Destination destination =
        decode(
                "{\"data\":{\"destinations\":[{\"type\":\"snowflake\",\"type\":\"bigquery\","
                    + "\"connectedAt\":\"2026-06-04T12:00:00Z\",\"destinationId\":\"d\","
                    + "\"connectionStatus\":\"connected\",\"connectionStatus\":null,"
                    + "\"enabledModels\":[\"a\"],\"enabledModels\":null}]}}")
            .destinations()
            .get(0);
    assertThat(destination.type()).isEqualTo(DestinationType.BIGQUERY);
    assertThat(destination.connectionStatus()).isEmpty();
    assertThat(destination.selectsFullCatalog()).isTrue();
  }

  @Test
  void whatDoesNotFitIsAnIoOrMappingError() {
    assertThatThrownBy(() -> decode("{\"data\":null}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("\"data\"");
    assertThatThrownBy(() -> decode("null")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> decode("[]")).isInstanceOf(IOException.class);
    assertThatThrownBy(
            () ->
                decode(
                    "{\"data\":{\"destinations\":[{\"type\":null,"
                        + "\"connectedAt\":\"2026-06-04T12:00:00Z\",\"destinationId\":\"d\"}]}}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("type must not be null");
    assertThatThrownBy(
            () ->
                decode(
                    "{\"data\":{\"destinations\":[{\"type\":\"snowflake\","
                        + "\"connectedAt\":\"2026-06-04T12:00:00Z\",\"destinationId\":\"d\","
                        + "\"lastSyncStatus\":{\"status\":\"FAILED\"}}]}}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("transferId is required");
  }

  private static DestinationList decode(String body) throws IOException {
    return StiggJson.DESTINATION_LIST.decode(
        new RawResponse(200, ResponseHeaders.empty(), body.getBytes(StandardCharsets.UTF_8), null));
  }

  @Test
  void requestWritesOnlyItsTwoFields() throws Exception {
    assertThat(tree(Json.mapper().writeValueAsString(StiggServer.request())))
        .isEqualTo(
            tree("{\"integrationId\":\"int_1\",\"enabledModels\":[\"customers\",\"invoices\"]}"));
  }
}
