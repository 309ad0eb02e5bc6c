package dev.dataexport.stigg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The builders of the response models speak the SDK's vocabulary, never Immutables' own. */
class ModelBuildersTest {
  private static final Instant CONNECTED = Instant.parse("2026-06-04T12:00:00Z");

  private static void fails(
      ThrowingCallable call, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(call).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void destinationBuildsWhatItWasGiven() {
    LastSyncStatus sync =
        LastSyncStatus.builder()
            .transferId("t_1")
            .status(SyncStatus.FAILED)
            .finishedAt(CONNECTED)
            .rowsTransferred(7)
            .blamedParty("customer")
            .failureMessage("disk full")
            .putUnknownField("retries", TextNode.valueOf("3"))
            .build();
    Destination destination =
        Destination.builder()
            .type(DestinationType.SNOWFLAKE)
            .connectedAt(CONNECTED)
            .destinationId("dst_1")
            .connectionStatus(ConnectionStatus.CONNECTED)
            .lastSyncStatus(sync)
            .enabledModels(List.of("customers"))
            .build();
    DestinationList list = DestinationList.builder().destinations(List.of(destination)).build();
    assertThat(list.find("dst_1")).contains(destination);
    assertThat(destination.lastSyncStatus().orElseThrow().rowsTransferred()).hasValue(7);
    assertThat(sync.unknownFields()).containsExactly(Map.entry("retries", TextNode.valueOf("3")));
    assertThat(destination.selectsFullCatalog()).isFalse();
    assertThat(destination.unknownFields()).isEmpty();
  }

  @Test
  void emptyOptionalsClearAndMeanAbsent() {
    Destination destination =
        Destination.builder()
            .type(DestinationType.BIGQUERY)
            .connectedAt(CONNECTED)
            .destinationId("dst_1")
            .connectionStatus(ConnectionStatus.FAILED)
            .connectionStatus(Optional.empty())
            .enabledModels(List.of("a"))
            .enabledModels(Optional.empty())
            .lastSyncStatus(Optional.empty())
            .build();
    assertThat(destination.connectionStatus()).isEmpty();
    assertThat(destination.selectsFullCatalog()).isTrue();
    LastSyncStatus sync =
        LastSyncStatus.builder()
            .transferId("t")
            .status(SyncStatus.RUNNING)
            .rowsTransferred(3)
            .rowsTransferred(OptionalLong.empty())
            .finishedAt(Optional.empty())
            .blamedParty(Optional.empty())
            .failureMessage(Optional.of("m"))
            .build();
    assertThat(sync.rowsTransferred()).isEmpty();
    assertThat(sync.failureMessage()).contains("m");
  }

  @Test
  void modelsAreCopied() {
    List<String> models = new java.util.ArrayList<>(List.of("a"));
    Destination destination =
        Destination.builder()
            .type(DestinationType.SNOWFLAKE)
            .connectedAt(CONNECTED)
            .destinationId("d")
            .enabledModels(models)
            .build();
    models.add("b");
    assertThat(destination.enabledModels()).contains(List.of("a"));
  }

  @Test
  void requiredFieldsAreNamed() {
    fails(() -> Destination.builder().build(), IllegalStateException.class, "type is required");
    fails(
        () -> Destination.builder().type(DestinationType.SNOWFLAKE).build(),
        IllegalStateException.class,
        "connectedAt is required");
    fails(
        () -> Destination.builder().type(DestinationType.SNOWFLAKE).connectedAt(CONNECTED).build(),
        IllegalStateException.class,
        "destinationId is required");
    fails(
        () -> LastSyncStatus.builder().build(),
        IllegalStateException.class,
        "transferId is required");
    fails(
        () -> LastSyncStatus.builder().transferId("t").build(),
        IllegalStateException.class,
        "status is required");
    assertThat(DestinationList.builder().build().destinations()).isEmpty();
  }

  @Test
  void nullsAreNamed() {
    Destination.Builder destination = Destination.builder();
    fails(() -> destination.type(null), NullPointerException.class, "type must not be null");
    fails(
        () -> destination.connectedAt(null),
        NullPointerException.class,
        "connectedAt must not be null");
    fails(
        () -> destination.destinationId(null),
        NullPointerException.class,
        "destinationId must not be null");
    fails(
        () -> destination.connectionStatus((ConnectionStatus) null),
        NullPointerException.class,
        "connectionStatus must not be null");
    fails(
        () -> destination.lastSyncStatus((Optional<LastSyncStatus>) null),
        NullPointerException.class,
        "lastSyncStatus must not be null");
    fails(
        () -> destination.enabledModels(Arrays.asList("a", null)),
        NullPointerException.class,
        "enabledModels[1] must not be null");
    fails(
        () -> destination.putUnknownField("x", null),
        NullPointerException.class,
        "value must not be null");
    LastSyncStatus.Builder sync = LastSyncStatus.builder();
    fails(
        () -> sync.rowsTransferred(null),
        NullPointerException.class,
        "rowsTransferred must not be null");
    fails(
        () -> sync.blamedParty((String) null),
        NullPointerException.class,
        "blamedParty must not be null");
    fails(
        () -> sync.putUnknownField(null, TextNode.valueOf("v")),
        NullPointerException.class,
        "name must not be null");
    fails(
        () -> DestinationList.builder().destinations(Arrays.asList((Destination) null)),
        NullPointerException.class,
        "destinations[0] must not be null");
  }
}
