package dev.dataexport.micrometer;

import dev.dataexport.core.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A {@link CallListener} that observes every call with Micrometer's Observation API: one {@code
 * dataexport.client.call} observation per call (a timer under Micrometer's meter handler, a client
 * span under a tracing bridge such as Spring Boot's), tagged {@code vendor}, {@code operation},
 * {@code method}, {@code uri} (the path template), {@code outcome}, {@code status} and {@code
 * exception}; the counter {@code dataexport.client.retries} (tagged {@code vendor}, {@code
 * operation}, {@code reason}) and the timer {@code dataexport.client.rate.limit.wait} (tagged
 * {@code vendor}, {@code operation}). No tag holds an id, a header or a body. Thread-safe; one
 * instance may serve every client.
 */
public final class DataExportObservations implements CallListener {
  /** The name of the call observation, and so of its timer. */
  public static final String CALL = "dataexport.client.call";

  /** The name of the retry counter. */
  public static final String RETRIES = "dataexport.client.retries";

  /** The name of the rate-limit wait timer. */
  public static final String RATE_LIMIT_WAIT = "dataexport.client.rate.limit.wait";

  private static final String NO_VALUE = "NONE";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final boolean propagate;

  private DataExportObservations(Builder builder) {
    this.observations = builder.observations;
    this.meters = builder.meters;
    this.propagate = builder.propagate;
  }

  /**
   * Observations in {@code observations} (with the handlers the application registered, a tracing
   * bridge among them) and the retry and rate-limit meters in {@code meters}.
   */
  public static DataExportObservations create(
      ObservationRegistry observations, MeterRegistry meters) {
    return builder(observations, meters).build();
  }

  /**
   * Meters only, in {@code meters}: the call timer comes from an observation registry of its own
   * with Micrometer's {@link DefaultMeterObservationHandler}.
   */
  public static DataExportObservations create(MeterRegistry meters) {
    Objects.requireNonNull(meters, "meters must not be null");
    ObservationRegistry own = ObservationRegistry.create();
    own.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return create(own, meters);
  }

  /** A builder over {@code observations} and {@code meters}. */
  public static Builder builder(ObservationRegistry observations, MeterRegistry meters) {
    return new Builder(observations, meters);
  }

  @Override
  public Observer onCallStart(CallStart call) {
    CallContext context = new CallContext(propagate, call);
    Observation observation =
        Observation.createNotStarted(CALL, () -> context, observations)
            .contextualName(call.method() + " " + call.pathTemplate())
            .lowCardinalityKeyValue("vendor", call.vendor())
            .lowCardinalityKeyValue("operation", call.operation())
            .lowCardinalityKeyValue("method", call.method())
            .lowCardinalityKeyValue("uri", call.pathTemplate())
            .start();
    return new CallObservation(observation, context, call);
  }

  /**
   * The context of one call's observation: a client-side sender context, so a tracing bridge
   * creates a client span, and injects its trace context only when propagation is enabled.
   */
  public static final class CallContext extends SenderContext<Map<String, String>> {
    private final CallStart call;

    CallContext(boolean propagate, CallStart call) {
      super(
          propagate ? (carrier, key, value) -> carrier.put(key, value) : (c, k, v) -> {},
          Kind.CLIENT);
      this.call = call;
      setCarrier(new LinkedHashMap<>(4));
      setRemoteServiceName(call.vendor());
      setRemoteServiceAddress(call.serverAddress() + ":" + call.serverPort());
    }

    /** The call observed: vendor, operation, method, path template, server. */
    public CallStart call() {
      return call;
    }
  }

  /** One call's observation; its events never overlap. */
  private final class CallObservation implements Observer {
    private final Observation observation;
    private final CallContext context;
    private final Tags tags;

    CallObservation(Observation observation, CallContext context, CallStart call) {
      this.observation = observation;
      this.context = context;
      this.tags = Tags.of("vendor", call.vendor(), "operation", call.operation());
    }

    @Override
    public void headers(AttemptStart attempt, BiConsumer<String, String> headers) {
      Map<String, String> carrier = context.getCarrier();
      if (carrier != null) {
        carrier.forEach(headers);
      }
    }

    @Override
    public void onRetryScheduled(RetryScheduled retry) {
      Counter.builder(RETRIES)
          .description("Retries of dataexport client calls")
          .tags(tags)
          .tag("reason", retry.reason())
          .register(meters)
          .increment();
    }

    @Override
    public void onRateLimitWait(RateLimitWait wait) {
      Timer.builder(RATE_LIMIT_WAIT)
          .description("Waits of dataexport client calls for a vendor's rate limit")
          .tags(tags)
          .register(meters)
          .record(wait.delay());
    }

    @Override
    public void onCallEnd(CallEnd end) {
      observation
          .lowCardinalityKeyValue("outcome", end.outcome().name().toLowerCase(Locale.ROOT))
          .lowCardinalityKeyValue(
              "status",
              end.status().isPresent() ? Integer.toString(end.status().getAsInt()) : NO_VALUE)
          .lowCardinalityKeyValue(
              "exception", end.errorType().map(DataExportObservations::simpleName).orElse(NO_VALUE))
          .highCardinalityKeyValue("attempts", Integer.toString(end.attempts()))
          .stop();
    }
  }

  /** {@code dev.dataexport.core.errors.ApiException$NotFound} becomes {@code NotFound}. */
  static String simpleName(String className) {
    return className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }

  /** Configures {@link DataExportObservations}; not thread-safe. */
  public static final class Builder {
    private final ObservationRegistry observations;
    private final MeterRegistry meters;
    private boolean propagate;

    private Builder(ObservationRegistry observations, MeterRegistry meters) {
      this.observations = Objects.requireNonNull(observations, "observations must not be null");
      this.meters = Objects.requireNonNull(meters, "meters must not be null");
    }

    /**
     * Whether each attempt carries the trace context a tracing bridge injects into the call's
     * context ({@code traceparent} or {@code b3}); default false, so no header reaches a vendor
     * unless asked for.
     */
    public Builder propagateTraceContext(boolean propagate) {
      this.propagate = propagate;
      return this;
    }

    /** Builds the listener. */
    public DataExportObservations build() {
      return new DataExportObservations(this);
    }
  }
}
