package dev.dataexport.stigg;

import static dev.dataexport.stigg.StiggServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One test per rule of Stigg's request schema; each asserts that nothing reached the server. */
class ValidationTest {
  private static final String LONGEST = "m".repeat(255);
  private static final String TOO_LONG = "m".repeat(256);

  private final StiggServer stigg = new StiggServer();
  private final StiggClient client = stigg.apiKeyClient();

  @AfterEach
  void noRequestWasSent() throws Exception {
    client.close();
    assertThat(stigg.server.getRequestCount()).isZero();
    stigg.close();
  }

  private void update(String destinationId, UpdateSelectionRequest request) {
    client.destinations().updateSelection(destinationId, request);
  }

  private static void fails(
      ThrowingCallable call, Class<? extends Throwable> type, String message) {
    assertThatThrownBy(call).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void destinationIdNull() {
    fails(
        () -> update(null, request()),
        NullPointerException.class,
        "destinationId must not be null");
  }

  @Test
  void destinationIdEmpty() {
    fails(
        () -> update("", request()),
        IllegalArgumentException.class,
        "destinationId must be 1..255 characters long, was 0");
  }

  @Test
  void destinationIdLongerThan255() {
    fails(
        () -> update(TOO_LONG, request()),
        IllegalArgumentException.class,
        "destinationId must be 1..255 characters long, was 256");
  }

  @Test
  void destinationIdDotSegmentIsRejectedByThePathRules() {
    assertThatThrownBy(() -> update("..", request()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("destinationId");
  }

  @Test
  void requestNull() {
    fails(() -> update("dst_1", null), NullPointerException.class, "request must not be null");
  }

  @Test
  void destinationIdWhitespaceOnly() {
    fails(
        () -> update(" \t ", request()),
        IllegalArgumentException.class,
        "destinationId must not be blank");
  }

  @Test
  void optionsNull() {
    fails(
        () -> client.destinations().updateSelection("dst_1", request(), null),
        NullPointerException.class,
        "options must not be null");
  }

  @Test
  void everyCallFormChecksItsInputBeforeAnyIo() {
    Destinations destinations = client.destinations();
    Destinations.WithRawResponse raw = destinations.withRawResponse();
    RequestOptions none = RequestOptions.none();
    List<ThrowingCallable> calls =
        List.of(
            () -> destinations.updateSelection(" ", request()),
            () -> destinations.updateSelection(" ", request(), none),
            () -> destinations.updateSelectionAsync(" ", request()),
            () -> destinations.updateSelectionAsync(" ", request(), none),
            () -> raw.updateSelection(" ", request()),
            () -> raw.updateSelection(" ", request(), none),
            () -> raw.updateSelectionAsync(" ", request()),
            () -> raw.updateSelectionAsync(" ", request(), none));
    for (ThrowingCallable call : calls) {
      fails(call, IllegalArgumentException.class, "destinationId must not be blank");
    }
    fails(
        () -> raw.updateSelectionAsync("dst_1", null, none),
        NullPointerException.class,
        "request must not be null");
  }

  @Test
  void integrationIdMissing() {
    fails(
        () -> UpdateSelectionRequest.builder().addEnabledModels("customers").build(),
        IllegalStateException.class,
        "integrationId is required");
    fails(
        () -> UpdateSelectionRequest.builder().build(),
        IllegalStateException.class,
        "integrationId is required");
  }

  @Test
  void integrationIdNull() {
    fails(
        () -> UpdateSelectionRequest.builder().integrationId(null),
        NullPointerException.class,
        "integrationId must not be null");
  }

  @Test
  void integrationIdWhitespaceOnly() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("   ")
                .addEnabledModels("customers")
                .build(),
        IllegalArgumentException.class,
        "integrationId must not be blank");
  }

  @Test
  void integrationIdEmpty() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("")
                .addEnabledModels("customers")
                .build(),
        IllegalArgumentException.class,
        "integrationId must be 1..255 characters long, was 0");
  }

  @Test
  void integrationIdLongerThan255() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId(TOO_LONG)
                .addEnabledModels("customers")
                .build(),
        IllegalArgumentException.class,
        "integrationId must be 1..255 characters long, was 256");
  }

  @Test
  void noModels() {
    fails(
        () -> UpdateSelectionRequest.builder().integrationId("int_1").build(),
        IllegalArgumentException.class,
        "enabledModels must have at least 1 item");
  }

  @Test
  void nullModelCollections() {
    fails(
        () -> UpdateSelectionRequest.builder().addEnabledModels((String[]) null),
        NullPointerException.class,
        "enabledModels must not be null");
    fails(
        () -> UpdateSelectionRequest.builder().enabledModels(null),
        NullPointerException.class,
        "enabledModels must not be null");
    fails(
        () -> UpdateSelectionRequest.builder().addAllEnabledModels(null),
        NullPointerException.class,
        "enabledModels must not be null");
  }

  @Test
  void whitespaceOnlyModel() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("customers", " ")
                .build(),
        IllegalArgumentException.class,
        "enabledModels[1] must not be blank");
  }

  @Test
  void enabledModelsReplacesWhatWasAdded() {
    UpdateSelectionRequest request =
        UpdateSelectionRequest.builder()
            .integrationId("int_1")
            .addEnabledModels("a")
            .enabledModels(List.of("b", "c"))
            .addAllEnabledModels(List.of("d"))
            .build();
    assertThat(request.enabledModels()).containsExactly("b", "c", "d");
  }

  @Test
  void perCallIdsAreHeaderValues() {
    fails(
        () -> StiggRequestOptions.builder().environmentId(" "),
        IllegalArgumentException.class,
        "environmentId must not be blank");
    fails(
        () -> StiggRequestOptions.builder().accountId(null),
        NullPointerException.class,
        "accountId must not be null");
    fails(
        () -> StiggRequestOptions.builder().accountId("acc\n1"),
        IllegalArgumentException.class,
        "accountId must contain only printable ASCII characters; found another at index 3");
  }

  @Test
  void nullArgumentsOfHelpers() {
    fails(
        () -> StiggErrorCode.from(null), NullPointerException.class, "exception must not be null");
    fails(
        () -> DestinationList.builder().build().find(null),
        NullPointerException.class,
        "destinationId must not be null");
    fails(() -> client.withOptions(null), NullPointerException.class, "change must not be null");
  }

  @Test
  void nullModel() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("a", null)
                .build(),
        NullPointerException.class,
        "enabledModels[1] must not be null");
  }

  @Test
  void nullModelInIterable() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .enabledModels(Arrays.asList(null, "b"))
                .build(),
        NullPointerException.class,
        "enabledModels[0] must not be null");
  }

  @Test
  void emptyModel() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels("a", "b", "")
                .build(),
        IllegalArgumentException.class,
        "enabledModels[2] must be 1..255 characters long, was 0");
  }

  @Test
  void modelLongerThan255() {
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels(TOO_LONG)
                .build(),
        IllegalArgumentException.class,
        "enabledModels[0] must be 1..255 characters long, was 256");
  }

  @Test
  void lengthsAtTheLimitsAreAcceptedAndCountedInCodePoints() {
    String emoji255 = "\uD83D\uDE00".repeat(255); // 255 code points, 510 UTF-16 units
    UpdateSelectionRequest request =
        UpdateSelectionRequest.builder()
            .integrationId(LONGEST)
            .addEnabledModels("x", LONGEST, emoji255)
            .build();
    assertThat(request.enabledModels()).containsExactly("x", LONGEST, emoji255);
    fails(
        () ->
            UpdateSelectionRequest.builder()
                .integrationId("int_1")
                .addEnabledModels(emoji255 + "\uD83D\uDE00")
                .build(),
        IllegalArgumentException.class,
        "enabledModels[0] must be 1..255 characters long, was 256");
  }

  @Test
  void requestIsImmutable() {
    UpdateSelectionRequest request = request();
    List<String> models = request.enabledModels();
    assertThatThrownBy(() -> models.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
