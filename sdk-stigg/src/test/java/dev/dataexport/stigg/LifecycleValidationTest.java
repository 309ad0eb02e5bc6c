package dev.dataexport.stigg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the lifecycle calls fails before any I/O with the update's messages (field and
 * rule), and the opt-in check of a selection against the model catalog.
 */
class LifecycleValidationTest {
  private static final ModelCatalog CATALOG =
      ModelCatalog.builder()
          .groups(
              List.of(
                  ModelGroup.builder()
                      .id("billing")
                      .models(
                          List.of(
                              ExportModel.builder().id("customers").build(),
                              ExportModel.builder().id("invoices").displayName("Invoices").build()))
                      .build()))
          .build();

  private final StiggServer stigg = new StiggServer();
  private final StiggClient client = stigg.apiKeyClient();

  @AfterEach
  void stop() throws Exception {
    client.close();
    assertThat(stigg.server.getRequestCount()).as("requests sent").isZero();
    stigg.close();
  }

  @Test
  void createRequestFollowsStiggsSchema() {
    assertThatThrownBy(
            () ->
                CreateDestinationRequest.builder()
                    .destinationType(DestinationType.SNOWFLAKE)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("destinationId is required");
    assertThatThrownBy(() -> CreateDestinationRequest.builder().destinationId("dst_1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("destinationType is required");
    assertThatThrownBy(() -> create().destinationId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must be 1..255 characters long, was 0");
    assertThatThrownBy(() -> create().destinationId("d".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must be 1..255 characters long, was 256");
    assertThatThrownBy(() -> create().destinationId("   ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> create().destinationType(DestinationType.of("")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationType must be 1..255 characters long, was 0");
    assertThatThrownBy(() -> create().addAllEnabledModels(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enabledModels must have at least 1 item");
    assertThatThrownBy(() -> create().addEnabledModels("customers", "").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enabledModels[1] must be 1..255 characters long, was 0");
    assertThatThrownBy(() -> create().addAllEnabledModels(Arrays.asList("a", null)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("enabledModels[1] must not be null");
    assertThatThrownBy(() -> create().destinationId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId must not be null");
    assertThat(create().addEnabledModels("x").fullCatalog().build().enabledModels()).isEmpty();
    assertThat(create().destinationId("d".repeat(255)).build().destinationId()).hasSize(255);
  }

  @Test
  void scopedTokenRequestFollowsStiggsSchema() {
    assertThatThrownBy(() -> ScopedTokenRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("applicationOrigin is required");
    assertThatThrownBy(() -> ScopedTokenRequest.builder().applicationOrigin("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("applicationOrigin must be 1..255 characters long, was 0");
    assertThatThrownBy(
            () ->
                ScopedTokenRequest.builder()
                    .applicationOrigin("https://a")
                    .destinationType(DestinationType.of("t".repeat(256)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationType must be 0..255 characters long, was 256");
    assertThatThrownBy(
            () ->
                ScopedTokenRequest.builder()
                    .applicationOrigin("https://a")
                    .addEnabledModels("m".repeat(256))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("enabledModels[0] must be 1..255 characters long, was 256");
  }

  @Test
  void callsCheckTheirArgumentsBeforeAnyIo() {
    assertThatThrownBy(() -> client.destinations().delete(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must be 1..255 characters long, was 0");
    assertThatThrownBy(() -> client.destinations().deleteAsync("x".repeat(256)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must be 1..255 characters long, was 256");
    assertThatThrownBy(() -> client.destinations().delete(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("destinationId must not be null");
    assertThatThrownBy(() -> TriggerSyncRequest.destination(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("destinationId must not be blank");
    assertThatThrownBy(() -> client.destinations().create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> client.syncs().triggerAsync(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> client.scopedTokens().create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> client.models().list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options must not be null");
  }

  @Test
  void selectionIsCheckedAgainstTheCatalogOnlyWhenAsked() {
    RequestOptions checked = StiggRequestOptions.builder().checkModelsAgainst(CATALOG).build();
    UpdateSelectionRequest update =
        UpdateSelectionRequest.builder()
            .integrationId("int_1")
            .addEnabledModels("customers", "invoicez")
            .build();
    assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", update, checked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "enabledModels[1] \"invoicez\" is not in the model catalog (checkModelsAgainst);"
                + " the catalog has 2 models");
    assertThatThrownBy(
            () ->
                client.destinations().create(create().addEnabledModels("refunds").build(), checked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("enabledModels[0] \"refunds\" is not in the model catalog");
    assertThatThrownBy(
            () ->
                client
                    .scopedTokens()
                    .createAsync(
                        ScopedTokenRequest.builder()
                            .applicationOrigin("https://a")
                            .addEnabledModels("invoices", "nope")
                            .build(),
                        checked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("enabledModels[1] \"nope\"");
    assertThat(CATALOG.unknownModels(update.enabledModels())).containsExactly("invoicez");
    assertThatThrownBy(() -> StiggRequestOptions.builder().checkModelsAgainst(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("catalog must not be null");
  }

  private static CreateDestinationRequest.Builder create() {
    return CreateDestinationRequest.builder()
        .destinationId("dst_1")
        .destinationType(DestinationType.SNOWFLAKE);
  }
}
