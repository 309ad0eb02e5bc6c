package dev.dataexport.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import io.micrometer.observation.transport.SenderContext;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataExportObservationsTest {
  private static final String KEY = "CANARY-secret-123";
  private static final String ID = "dst CANARY/id%ü";
  private static final String TEMPLATE = "/api/v1/data-export/destinations/{destinationId}";
  private static final String OK = "{\"data\":{\"destinations\":[]}}";

  /** Returns at once: retries in these tests never really wait. */
  private static final Sleeper NO_WAIT =
      new Sleeper() {
        @Override
        public void sleep(Duration duration) {}

        @Override
        public CompletableFuture<Void> sleepAsync(Duration duration) {
          return CompletableFuture.completedFuture(null);
        }
      };

  private final MockWebServer server = new MockWebServer();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  DataExportObservationsTest() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private StiggClient client(DataExportObservations listener) {
    return StiggClient.builder()
        .apiKey(KEY)
        .baseUrl(server.url("/").toString())
        .sleeper(NO_WAIT)
        .addListener(listener)
        .build();
  }

  private static UpdateSelectionRequest request() {
    return UpdateSelectionRequest.builder()
        .integrationId("int_1")
        .addEnabledModels("customers")
        .build();
  }

  @Test
  void aCallIsTimedWithVendorOperationOutcomeAndStatus() {
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportObservations.create(meters))) {
      client.destinations().updateSelection("dst_1", request());
    }

    Timer timer =
        meters
            .get(DataExportObservations.CALL)
            .tags(
                "vendor", "stigg",
                "operation", "updateSelection",
                "method", "PATCH",
                "uri", TEMPLATE,
                "outcome", "success",
                "status", "200",
                "exception", "NONE")
            .timer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    assertThat(meters.find(DataExportObservations.RETRIES).counter()).isNull();
  }

  @Test
  void retriesAreCountedByReasonAndRateLimitWaitsAreTimed() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportObservations.create(meters))) {
      client.destinations().updateSelection("dst_1", request());
    }

    assertThat(
            meters
                .get(DataExportObservations.RETRIES)
                .tags("vendor", "stigg", "operation", "updateSelection", "reason", "HTTP 503")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(
            meters.get(DataExportObservations.RETRIES).tags("reason", "HTTP 429").counter().count())
        .isEqualTo(1.0);
    Timer wait =
        meters
            .get(DataExportObservations.RATE_LIMIT_WAIT)
            .tags("vendor", "stigg", "operation", "updateSelection")
            .timer();
    assertThat(wait.count()).isEqualTo(1);
    assertThat(wait.totalTime(TimeUnit.SECONDS)).isEqualTo(3.0);
  }

  @Test
  void aFailedCallIsTaggedWithItsOutcomeStatusAndException() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    try (StiggClient client = client(DataExportObservations.create(meters))) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(ApiException.NotFound.class);
    }

    assertThat(
            meters
                .get(DataExportObservations.CALL)
                .tags("outcome", "api_error", "status", "404", "exception", "NotFound")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void everyCallIsAClientObservationStartedAndStoppedOnce() {
    TestObservationRegistry observations = TestObservationRegistry.create();
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportObservations.create(observations, meters))) {
      client.destinations().updateSelection("dst_1", request());
    }

    TestObservationRegistryAssert.assertThat(observations)
        .hasNumberOfObservationsEqualTo(1)
        .hasSingleObservationThat()
        .hasNameEqualTo(DataExportObservations.CALL)
        .hasContextualNameEqualTo("PATCH " + TEMPLATE)
        .hasLowCardinalityKeyValue("vendor", "stigg")
        .hasLowCardinalityKeyValue("operation", "updateSelection")
        .hasLowCardinalityKeyValue("outcome", "success")
        .hasHighCardinalityKeyValue("attempts", "1")
        .hasBeenStarted()
        .hasBeenStopped()
        .isInstanceOf(DataExportObservations.CallContext.class);
  }

  @Test
  void traceContextAHandlerInjectsIsSentOnlyWhenEnabled() throws Exception {
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<SenderContext<Object>>() {
              @Override
              @SuppressWarnings("unchecked")
              public void onStart(SenderContext<Object> context) {
                context.getSetter().set(context.getCarrier(), "traceparent", "00-trace-span-01");
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return context instanceof SenderContext;
              }
            });
    server.enqueue(new MockResponse().setBody(OK));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient plain = client(DataExportObservations.create(observations, meters))) {
      plain.destinations().updateSelection("dst_1", request());
    }
    try (StiggClient propagating =
        client(
            DataExportObservations.builder(observations, meters)
                .propagateTraceContext(true)
                .build())) {
      propagating.destinations().updateSelection("dst_1", request());
    }

    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getHeader("traceparent")).isNull();
    for (int attempt = 0; attempt < 2; attempt++) {
      RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
      assertThat(sent.getHeader("traceparent")).isEqualTo("00-trace-span-01");
      assertThat(sent.getHeader("X-API-KEY")).isEqualTo(KEY);
    }
  }

  @Test
  void noTagCarriesTheKeyOrTheDestinationId() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"m\":\"" + ID + "\"}"));
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportObservations.create(meters))) {
      client.destinations().updateSelection(ID, request());
    }

    String everything =
        meters.getMeters().stream().map(Meter::getId).toList().toString()
            + meters.getMetersAsString();
    assertThat(everything).doesNotContain(KEY).doesNotContain("CANARY").contains(TEMPLATE);
  }

  @Test
  void nullRegistriesAreRefusedAndClassNamesShortened() {
    assertThatThrownBy(() -> DataExportObservations.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("meters must not be null");
    assertThatThrownBy(() -> DataExportObservations.builder(null, meters))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("observations must not be null");
    assertThat(DataExportObservations.simpleName(ApiException.NotFound.class.getName()))
        .isEqualTo("NotFound");
  }
}
