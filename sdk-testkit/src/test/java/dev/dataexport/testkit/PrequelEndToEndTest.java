package dev.dataexport.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.Secret;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.prequel.Destination;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.prequel.PrequelErrorCode;
import dev.dataexport.prequel.Vendor;
import dev.dataexport.prequel.config.AccessKeys;
import dev.dataexport.prequel.config.PostgresConfig;
import dev.dataexport.prequel.config.S3Config;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** sdk-prequel end to end through FakePrequel: state changes, credentials, errors and faults. */
class PrequelEndToEndTest {
  @RegisterExtension final FakePrequel prequel = new FakePrequel();

  private PrequelClient client;

  @BeforeEach
  void seed() {
    prequel.addDestination("dst_1", "postgres", FakePrequelFixtures.postgresBlock("old-password"));
    client = prequel.client();
  }

  @Test
  void changesScheduleAndPasswordAndTheNextReadShowsIt() {
    Destination updated =
        client
            .destinations()
            .update(
                "dst_1",
                DestinationUpdate.builder()
                    .frequencyMinutes(15)
                    .postgres(
                        PostgresConfig.builder()
                            .passwordAuth("exporter", Secret.of("new-password"))
                            .build())
                    .build());

    assertThat(updated.frequencyMinutes()).hasValue(15);
    assertThat(updated.vendor()).contains(Vendor.POSTGRES);
    assertThat(updated.vendorSettings().orElseThrow().authMethod()).contains("password_auth");
    assertThat(updated.vendorSettings().orElseThrow().host()).contains("db.example.com");
    assertThat(updated.vendorSettings().orElseThrow().json().has("password_auth")).isFalse();
    assertThat(
            prequel
                .storedDestination("dst_1")
                .orElseThrow()
                .path("postgres")
                .path("password_auth")
                .path("password")
                .textValue())
        .isEqualTo("new-password");

    Destination read = client.destinations().get("dst_1");
    assertThat(read.frequencyMinutes()).hasValue(15);
    assertThat(read.vendorSettings()).isEqualTo(updated.vendorSettings());
  }

  @Test
  void partialUpdatesKeepWhatIsNotSentAndClearWhatIsNull() {
    client
        .destinations()
        .update(
            "dst_1",
            DestinationUpdate.builder()
                .addEnabledModels("orders", "customers")
                .maxConcurrentTransfers(3)
                .build());

    Destination d =
        client
            .destinations()
            .update(
                "dst_1",
                DestinationUpdate.builder()
                    .addEnabledModels("invoices")
                    .clearMaxConcurrentTransfers()
                    .postgres(PostgresConfig.builder().port(5433).build())
                    .build());

    assertThat(d.enabledModels()).containsExactly("invoices");
    assertThat(d.maxConcurrentTransfers()).isEmpty();
    assertThat(d.maxConcurrentQueriesPerTransfer()).hasValue(1);
    assertThat(d.vendorSettings().orElseThrow().port()).hasValue(5433);
    assertThat(d.vendorSettings().orElseThrow().database()).contains("analytics");
  }

  @Test
  void asyncAndRawResponsesWork() throws Exception {
    Destination d =
        client
            .destinations()
            .updateAsync("dst_1", DestinationUpdate.builder().isEnabled(false).build())
            .get(5, TimeUnit.SECONDS);
    ApiResponse<Destination> raw = client.destinations().withRawResponse().get("dst_1");

    assertThat(d.isEnabled()).contains(false);
    assertThat(raw.status()).isEqualTo(200);
    assertThat(raw.value().isEnabled()).contains(false);
  }

  @Test
  void rawVendorBlocksReachADestinationOfThatVendor() {
    prequel.addDestination("dst_new", "newvendor", null);
    ObjectNode block =
        JsonNodeFactory.instance.objectNode().put("endpoint", "https://new.example.com");

    Destination d =
        client
            .destinations()
            .update("dst_new", DestinationUpdate.builder().rawVendor("newvendor", block).build());

    assertThat(d.vendor().orElseThrow().isKnown()).isFalse();
    assertThat(d.vendorSettings().orElseThrow().text("endpoint"))
        .contains("https://new.example.com");
  }

  @Test
  void serverErrorsBecomeTypedExceptionsWithPrequelsMessage() {
    prequel.addDestination("dst_2", "postgres", null).denyAccessTo("dst_2");
    prequel.addDestination("dst_3", "postgres", null);
    DestinationUpdate disable = DestinationUpdate.builder().isEnabled(false).build();

    assertThatThrownBy(() -> client.destinations().get("missing"))
        .isInstanceOfSatisfying(
            ApiException.NotFound.class,
            e -> {
              assertThat(e.errorMessage()).contains("destination missing not found");
              assertThat(PrequelErrorCode.from(e)).isEmpty(); // like Prequel, the fake sends none
            });
    assertThatThrownBy(() -> client.destinations().update("dst_2", disable))
        .isInstanceOf(ApiException.PermissionDenied.class);
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .update("dst_1", DestinationUpdate.builder().name("dst_3").build()))
        .isInstanceOfSatisfying(
            ApiException.Conflict.class,
            e -> assertThat(e.errorMessage().orElseThrow()).contains("already exists"));
    assertThatThrownBy(
            () ->
                client
                    .destinations()
                    .update(
                        "dst_1",
                        DestinationUpdate.builder()
                            .s3(S3Config.builder().bucketName("b").build())
                            .build()))
        .isInstanceOfSatisfying(
            ApiException.BadRequest.class,
            e -> assertThat(e.errorMessage().orElseThrow()).contains("cannot configure s3"));
    assertThat(prequel.storedDestination("dst_1").orElseThrow().path("is_enabled").booleanValue())
        .isTrue();
  }

  @Test
  void wrongKeyAndWrongVersionAreRejected() {
    try (PrequelClient wrongKey = prequel.clientBuilder().apiKey("sk_test_wrong").build();
        PrequelClient oldVersion = prequel.clientBuilder().apiVersion("2020-01-01").build()) {
      assertThatThrownBy(() -> wrongKey.destinations().get("dst_1"))
          .isInstanceOf(ApiException.Authentication.class)
          .hasMessageNotContaining("sk_test_wrong");
      assertThatThrownBy(() -> oldVersion.destinations().get("dst_1"))
          .isInstanceOf(ApiException.BadRequest.class);
    }
    prequel.acceptApiVersions("2023-12-01", "2020-01-01");
    try (PrequelClient oldVersion = prequel.clientBuilder().apiVersion("2020-01-01").build()) {
      assertThat(oldVersion.destinations().get("dst_1").id()).isEqualTo("dst_1");
    }
  }

  @Test
  void rateLimitsAndServerErrorsAreAbsorbedByRetries() {
    prequel.failNext(1, Fault.rateLimited("Retry-After", "2")).failNext(1, Fault.status(503));

    ApiResponse<Destination> response =
        client
            .destinations()
            .withRawResponse()
            .update("dst_1", DestinationUpdate.builder().frequencyMinutes(360).build());

    assertThat(response.attempts()).hasSize(3);
    assertThat(response.value().frequencyMinutes()).hasValue(360);
    assertThat(prequel.sleeper().waits()).hasSize(2).first().isEqualTo(Duration.ofSeconds(2));
    assertThat(prequel.requests()).hasSize(3);
  }

  @Test
  void aDroppedConnectionIsRetriedBecauseTheUpdateIsSafeToRepeat() {
    prequel.failNext(1, Fault.dropConnection());

    Destination d =
        client
            .destinations()
            .update("dst_1", DestinationUpdate.builder().frequencyMinutes(720).build());

    assertThat(d.frequencyMinutes()).hasValue(720);
    assertThat(prequel.requests()).hasSize(2);
  }

  @Test
  void persistentFaultsSurfaceAfterTheRetries() {
    prequel.failNext(3, Fault.rateLimited("Retry-After", "1"));
    assertThatThrownBy(() -> client.destinations().get("dst_1"))
        .isInstanceOfSatisfying(
            ApiException.RateLimited.class, e -> assertThat(e.attempts()).hasSize(3));

    prequel.failNext(3, Fault.status(500));
    assertThatThrownBy(() -> client.destinations().get("dst_1"))
        .isInstanceOf(ApiException.ServerError.class);
  }

  @Test
  void slowAnswersTimeOut() {
    prequel.failNext(1, Fault.delay(Duration.ofMillis(700)));
    try (PrequelClient impatient =
        prequel.clientBuilder().readTimeout(Duration.ofMillis(100)).maxRetries(0).build()) {
      assertThatThrownBy(() -> impatient.destinations().get("dst_1"))
          .isInstanceOf(ApiConnectionException.Timeout.class);
    }
  }

  @Test
  void credentialsStoredForEveryBlockAreNeverReturned() {
    prequel.addDestination("dst_s3", "s3", null);

    Destination d =
        client
            .destinations()
            .update(
                "dst_s3",
                DestinationUpdate.builder()
                    .s3(
                        S3Config.builder()
                            .bucketName("b")
                            .awsAccessKeys(new AccessKeys("AKIA", Secret.of("aws-secret")))
                            .build())
                    .build());

    assertThat(d.vendorSettings().orElseThrow().json().toString()).doesNotContain("aws-secret");
    assertThat(prequel.storedDestination("dst_s3").orElseThrow().toString()).contains("aws-secret");
  }
}
