package dev.dataexport.opentelemetry;

import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.assertThat;
import static io.opentelemetry.sdk.testing.assertj.OpenTelemetryAssertions.equalTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dataexport.core.RetryPolicy.Sleeper;
import dev.dataexport.core.errors.ApiConnectionException;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.stigg.StiggClient;
import dev.dataexport.stigg.UpdateSelectionRequest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DataExportTelemetryTest {
  @RegisterExtension static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  private static final String KEY = "CANARY-secret-123";
  private static final String ID = "dst CANARY/id%ü";
  private static final String TEMPLATE = "/api/v1/data-export/destinations/{destinationId}";
  private static final String OK = "{\"data\":{\"destinations\":[]}}";

  private final MockWebServer server = new MockWebServer();

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

  DataExportTelemetryTest() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private StiggClient client(DataExportTelemetry telemetry, String baseUrl) {
    return StiggClient.builder()
        .apiKey(KEY)
        .baseUrl(baseUrl)
        .sleeper(NO_WAIT)
        .addListener(telemetry)
        .build();
  }

  private StiggClient client(DataExportTelemetry telemetry) {
    return client(telemetry, server.url("/").toString());
  }

  private static UpdateSelectionRequest request() {
    return UpdateSelectionRequest.builder()
        .integrationId("int_1")
        .addEnabledModels("customers")
        .build();
  }

  private static SpanData onlySpan() {
    List<SpanData> spans = OTEL.getSpans();
    Assertions.assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  private static List<HistogramPointData> durations() {
    return OTEL.getMetrics().stream()
        .filter(m -> m.getName().equals("http.client.request.duration"))
        .map(MetricData::getHistogramData)
        .flatMap(h -> h.getPoints().stream())
        .toList();
  }

  @Test
  void aCallIsOneClientSpanWithTheStandardAttributesAndOneMeasuredAttempt() {
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
      client.destinations().updateSelection("dst_1", request());
    }

    SpanData span = onlySpan();
    assertThat(span)
        .hasName("PATCH " + TEMPLATE)
        .hasKind(SpanKind.CLIENT)
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.unset())
        .hasAttributesSatisfyingExactly(
            equalTo(DataExportTelemetry.METHOD, "PATCH"),
            equalTo(DataExportTelemetry.SERVER_ADDRESS, server.getHostName()),
            equalTo(DataExportTelemetry.SERVER_PORT, (long) server.getPort()),
            equalTo(DataExportTelemetry.URL_TEMPLATE, TEMPLATE),
            equalTo(DataExportTelemetry.VENDOR, "stigg"),
            equalTo(DataExportTelemetry.OPERATION, "updateSelection"),
            equalTo(DataExportTelemetry.STATUS, 200L),
            equalTo(DataExportTelemetry.OUTCOME, "success"));
    Assertions.assertThat(span.getEvents())
        .extracting(EventData::getName)
        .containsExactly("dataexport.attempt");

    MetricData metric =
        OTEL.getMetrics().stream()
            .filter(m -> m.getName().equals("http.client.request.duration"))
            .findFirst()
            .orElseThrow();
    Assertions.assertThat(metric.getUnit()).isEqualTo("s");
    HistogramPointData point = durations().get(0);
    Assertions.assertThat(point.getCount()).isEqualTo(1);
    Assertions.assertThat(point.getAttributes().get(DataExportTelemetry.STATUS)).isEqualTo(200L);
    Assertions.assertThat(point.getAttributes().get(DataExportTelemetry.OPERATION))
        .isEqualTo("updateSelection");
    Assertions.assertThat(point.getAttributes().get(DataExportTelemetry.URL_TEMPLATE))
        .isEqualTo(TEMPLATE);
    Assertions.assertThat(point.getAttributes().get(DataExportTelemetry.ERROR_TYPE)).isNull();
  }

  @Test
  void retriesAndRateLimitWaitsAreEventsOfTheOneSpanAndEachAttemptIsMeasured() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3"));
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
      client.destinations().updateSelection("dst_1", request());
    }

    SpanData span = onlySpan();
    Assertions.assertThat(span.getEvents())
        .extracting(EventData::getName)
        .containsExactly(
            "dataexport.attempt",
            "dataexport.retry",
            "dataexport.attempt",
            "dataexport.retry",
            "dataexport.rate_limit_wait",
            "dataexport.attempt");
    EventData rateLimit = span.getEvents().get(4);
    Assertions.assertThat(rateLimit.getAttributes().get(DataExportTelemetry.DELAY)).isEqualTo(3.0);
    Assertions.assertThat(span.getEvents().get(1).getAttributes().get(DataExportTelemetry.REASON))
        .isEqualTo("HTTP 503");
    assertThat(span)
        .hasAttribute(DataExportTelemetry.RESEND_COUNT, 2L)
        .hasAttribute(DataExportTelemetry.STATUS, 200L);
    Assertions.assertThat(durations())
        .extracting(p -> p.getAttributes().get(DataExportTelemetry.ERROR_TYPE))
        .containsExactlyInAnyOrder("503", "429", null);
  }

  @Test
  void anErrorStatusMarksTheSpanWithTheStatusAsErrorType() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{}"));
    try (StiggClient client = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(ApiException.NotFound.class);
    }

    assertThat(onlySpan())
        .hasStatus(io.opentelemetry.sdk.trace.data.StatusData.error())
        .hasAttribute(DataExportTelemetry.ERROR_TYPE, "404")
        .hasAttribute(DataExportTelemetry.STATUS, 404L)
        .hasAttribute(DataExportTelemetry.OUTCOME, "api_error");
    Assertions.assertThat(onlySpan().getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
  }

  @Test
  void aConnectionFailureNamesTheExceptionOnTheSpanAndTheFailureOnTheAttempt() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = socket.getLocalPort();
    }
    try (StiggClient client =
        client(DataExportTelemetry.create(OTEL.getOpenTelemetry()), "http://127.0.0.1:" + port)) {
      assertThatThrownBy(() -> client.destinations().updateSelection("dst_1", request()))
          .isInstanceOf(ApiConnectionException.class);
    }

    SpanData span = onlySpan();
    assertThat(span)
        .hasAttribute(DataExportTelemetry.ERROR_TYPE, ApiConnectionException.class.getName())
        .hasAttribute(DataExportTelemetry.OUTCOME, "connection_error");
    Assertions.assertThat(span.getAttributes().get(DataExportTelemetry.STATUS)).isNull();
    Assertions.assertThat(durations())
        .extracting(p -> p.getAttributes().get(DataExportTelemetry.ERROR_TYPE))
        .containsOnly("connect_failed");
  }

  @Test
  @SuppressWarnings("try") // the scope only makes the parent current
  void traceContextIsSentOnlyWhenEnabledAndTheSpanIsAChildOfTheCallersSpan() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(OK));
    Span parent = OTEL.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      try (StiggClient plain = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
        plain.destinations().updateSelection("dst_1", request());
      }
      try (StiggClient propagating =
          client(
              DataExportTelemetry.builder(OTEL.getOpenTelemetry())
                  .propagateTraceContext(true)
                  .build())) {
        propagating.destinations().updateSelection("dst_1", request());
      }
    } finally {
      parent.end();
    }

    RecordedRequest notPropagated = server.takeRequest(1, TimeUnit.SECONDS);
    Assertions.assertThat(notPropagated.getHeader("traceparent")).isNull();
    List<SpanData> spans =
        OTEL.getSpans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).toList();
    Assertions.assertThat(spans).hasSize(2);
    SpanData propagatedSpan = spans.get(1);
    for (int attempt = 0; attempt < 2; attempt++) {
      RecordedRequest sent = server.takeRequest(1, TimeUnit.SECONDS);
      Assertions.assertThat(sent.getHeader("traceparent"))
          .startsWith("00-" + propagatedSpan.getTraceId() + "-" + propagatedSpan.getSpanId() + "-");
    }
    Assertions.assertThat(spans)
        .allSatisfy(
            s ->
                Assertions.assertThat(s.getParentSpanId())
                    .isEqualTo(parent.getSpanContext().getSpanId()));
  }

  @Test
  @SuppressWarnings("try") // the scope only makes the parent current
  void anAsyncCallsSpanHasTheCallersParent() throws Exception {
    server.enqueue(new MockResponse().setBody(OK));
    Span parent = OTEL.getOpenTelemetry().getTracer("test").spanBuilder("parent").startSpan();
    try (StiggClient client = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
      CompletableFuture<?> call;
      try (Scope ignored = parent.makeCurrent()) {
        call = client.destinations().updateSelectionAsync("dst_1", request());
      }
      call.get(5, TimeUnit.SECONDS);
    } finally {
      parent.end();
    }

    SpanData span =
        OTEL.getSpans().stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst().get();
    Assertions.assertThat(span.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
  }

  @Test
  void noAttributeOrEventCarriesTheKeyOrTheDestinationId() {
    server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"m\":\"" + ID + "\"}"));
    server.enqueue(new MockResponse().setBody(OK));
    try (StiggClient client = client(DataExportTelemetry.create(OTEL.getOpenTelemetry()))) {
      client.destinations().updateSelection(ID, request());
    }

    String everything = OTEL.getSpans().toString() + OTEL.getMetrics();
    Assertions.assertThat(everything)
        .doesNotContain(KEY)
        .doesNotContain("CANARY")
        .contains(TEMPLATE);
  }

  @Test
  void aNullOpenTelemetryIsRefused() {
    assertThatThrownBy(() -> DataExportTelemetry.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("openTelemetry must not be null");
    Assertions.assertThat(DataExportTelemetry.errorType("connect failed"))
        .isEqualTo("connect_failed");
  }
}
