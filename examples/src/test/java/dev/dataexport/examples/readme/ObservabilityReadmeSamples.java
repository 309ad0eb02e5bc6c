package dev.dataexport.examples.readme;

import dev.dataexport.core.CallListener;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.micrometer.DataExportObservations;
import dev.dataexport.opentelemetry.DataExportTelemetry;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.time.Duration;

/** The README's "Metrics and tracing" samples, verbatim, so the build compiles them (ReadmeSamplesCompiledTest). */
final class ObservabilityReadmeSamples {
  private ObservabilityReadmeSamples() {}

  static void listeners(OpenTelemetry openTelemetry, ObservationRegistry observationRegistry, MeterRegistry meterRegistry) {
    // OpenTelemetry: spans and the request-duration histogram.
    StiggClient stigg = StiggClient.builder()
        .apiKey(System.getenv("STIGG_API_KEY"))
        .addListener(DataExportTelemetry.create(openTelemetry))
        .build();

    // Micrometer: the Observation API, so Spring Boot's tracing bridge sees each call too.
    PrequelClient prequel = PrequelClient.builder()
        .apiKey(System.getenv("PREQUEL_API_KEY"))
        .addListener(DataExportObservations.create(observationRegistry, meterRegistry))
        .build();
    stigg.close();
    prequel.close();
  }

  static void propagation(OpenTelemetry openTelemetry, ObservationRegistry observationRegistry, MeterRegistry meterRegistry) {
    DataExportTelemetry.builder(openTelemetry).propagateTraceContext(true).build();
    DataExportObservations.builder(observationRegistry, meterRegistry).propagateTraceContext(true).build();
  }

  static LaunchDarklyClient ownListener() {
    CallListener slowCalls = call -> new CallListener.Observer() {
      @Override
      public void onCallEnd(CallListener.CallEnd end) {
        if (end.duration().compareTo(Duration.ofSeconds(5)) > 0) {
          System.out.println(call.vendor() + " " + call.operation() + " took " + end.duration()
              + " over " + end.attempts() + " attempts: " + end.outcome());
        }
      }
    };
    LaunchDarklyClient ld = LaunchDarklyClient.builder()
        .accessToken(System.getenv("LAUNCHDARKLY_ACCESS_TOKEN"))
        .addListener(slowCalls)
        .build();
    return ld;
  }
}
