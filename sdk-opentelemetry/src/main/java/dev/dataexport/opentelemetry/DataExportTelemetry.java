package dev.dataexport.opentelemetry;

import dev.dataexport.core.CallListener;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A {@link CallListener} that traces and measures calls with OpenTelemetry: one {@code CLIENT} span
 * per call, named {@code METHOD url.template}, with an event per attempt, retry and rate-limit
 * wait; and the {@code http.client.request.duration} histogram (seconds) recorded per attempt, as
 * the HTTP semantic conventions measure each request sent. Attributes: {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code url.template}, {@code
 * http.response.status_code}, {@code error.type}, {@code dataexport.vendor}, {@code
 * dataexport.operation}; never a URL with ids, a header or a body. Trace context goes on the
 * request headers only after {@link Builder#propagateTraceContext(boolean)}. Thread-safe; one
 * instance may serve every client.
 */
public final class DataExportTelemetry implements CallListener {
  /** The instrumentation scope name of the tracer and the meter. */
  public static final String INSTRUMENTATION_NAME = "dev.dataexport.sdk";

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> VENDOR = AttributeKey.stringKey("dataexport.vendor");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("dataexport.operation");
  static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("dataexport.outcome");
  static final AttributeKey<Long> ATTEMPT = AttributeKey.longKey("dataexport.attempt");
  static final AttributeKey<Double> DURATION = AttributeKey.doubleKey("dataexport.duration");
  static final AttributeKey<String> REASON = AttributeKey.stringKey("dataexport.retry.reason");
  static final AttributeKey<Double> DELAY = AttributeKey.doubleKey("dataexport.delay");

  /** The semantic conventions' advised buckets of {@code http.client.request.duration}. */
  private static final List<Double> BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private static final TextMapSetter<BiConsumer<String, String>> SETTER =
      (headers, name, value) -> {
        if (headers != null) {
          headers.accept(name, value);
        }
      };

  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final TextMapPropagator propagator;

  private DataExportTelemetry(Builder builder) {
    OpenTelemetry otel = builder.openTelemetry;
    this.tracer = otel.getTracer(INSTRUMENTATION_NAME);
    this.duration =
        otel.getMeter(INSTRUMENTATION_NAME)
            .histogramBuilder("http.client.request.duration")
            .setUnit("s")
            .setDescription("Duration of HTTP client requests.")
            .setExplicitBucketBoundariesAdvice(BUCKETS)
            .build();
    this.propagator =
        builder.propagate ? otel.getPropagators().getTextMapPropagator() : TextMapPropagator.noop();
  }

  /** A listener over {@code openTelemetry} that does not propagate trace context. */
  public static DataExportTelemetry create(OpenTelemetry openTelemetry) {
    return builder(openTelemetry).build();
  }

  /** A builder of a listener over {@code openTelemetry}. */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  @Override
  public Observer onCallStart(CallStart call) {
    Context parent = Context.current();
    Attributes common =
        Attributes.builder()
            .put(METHOD, call.method())
            .put(SERVER_ADDRESS, call.serverAddress())
            .put(SERVER_PORT, (long) call.serverPort())
            .put(URL_TEMPLATE, call.pathTemplate())
            .put(VENDOR, call.vendor())
            .put(OPERATION, call.operation())
            .build();
    Span span =
        tracer
            .spanBuilder(call.method() + " " + call.pathTemplate())
            .setParent(parent)
            .setSpanKind(SpanKind.CLIENT)
            .setAllAttributes(common)
            .startSpan();
    return new CallSpan(parent.with(span), span, common);
  }

  /** The span and attributes of one call; its events never overlap. */
  private final class CallSpan implements Observer {
    private final Context context;
    private final Span span;
    private final Attributes common;

    CallSpan(Context context, Span span, Attributes common) {
      this.context = context;
      this.span = span;
      this.common = common;
    }

    @Override
    public void headers(AttemptStart attempt, BiConsumer<String, String> headers) {
      propagator.inject(context, headers, SETTER);
    }

    @Override
    public void onAttemptEnd(AttemptEnd attempt) {
      AttributesBuilder measured = common.toBuilder();
      AttributesBuilder event =
          Attributes.builder()
              .put(ATTEMPT, (long) attempt.attempt())
              .put(DURATION, seconds(attempt.duration()));
      if (attempt.status().isPresent()) {
        int status = attempt.status().getAsInt();
        measured.put(STATUS, (long) status);
        event.put(STATUS, (long) status);
        if (status >= 400) {
          measured.put(ERROR_TYPE, Integer.toString(status));
          event.put(ERROR_TYPE, Integer.toString(status));
        }
      } else {
        String failure = errorType(attempt.failure().orElse("_OTHER"));
        measured.put(ERROR_TYPE, failure);
        event.put(ERROR_TYPE, failure);
      }
      duration.record(seconds(attempt.duration()), measured.build(), context);
      span.addEvent("dataexport.attempt", event.build());
    }

    @Override
    public void onRetryScheduled(RetryScheduled retry) {
      span.addEvent(
          "dataexport.retry",
          Attributes.of(
              ATTEMPT,
              (long) retry.attempt(),
              REASON,
              retry.reason(),
              DELAY,
              seconds(retry.delay())));
    }

    @Override
    public void onRateLimitWait(RateLimitWait wait) {
      span.addEvent(
          "dataexport.rate_limit_wait",
          Attributes.of(ATTEMPT, (long) wait.attempt(), DELAY, seconds(wait.delay())));
    }

    @Override
    public void onCallEnd(CallEnd end) {
      end.status().ifPresent(status -> span.setAttribute(STATUS, (long) status));
      if (end.attempts() > 1) {
        span.setAttribute(RESEND_COUNT, (long) end.attempts() - 1);
      }
      span.setAttribute(OUTCOME, end.outcome().name().toLowerCase(java.util.Locale.ROOT));
      if (end.outcome() != Outcome.SUCCESS) {
        String type =
            end.outcome() == Outcome.API_ERROR && end.status().isPresent()
                ? Integer.toString(end.status().getAsInt())
                : end.outcome() == Outcome.CANCELLED
                    ? "cancelled"
                    : end.errorType().orElse("_OTHER");
        span.setAttribute(ERROR_TYPE, type);
        span.setStatus(StatusCode.ERROR);
      }
      span.end();
    }
  }

  /** {@code connect failed} becomes {@code connect_failed}: the conventions' identifier style. */
  static String errorType(String failure) {
    return failure.replace(' ', '_');
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / (double) TimeUnit.SECONDS.toNanos(1);
  }

  /** Configures a {@link DataExportTelemetry}; not thread-safe. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean propagate;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry must not be null");
    }

    /**
     * Whether each attempt carries the call span's trace context in its headers ({@code
     * traceparent}, with the propagators of the {@code OpenTelemetry} given); default false, so no
     * header reaches a vendor unless asked for.
     */
    public Builder propagateTraceContext(boolean propagate) {
      this.propagate = propagate;
      return this;
    }

    /** Builds the listener. */
    public DataExportTelemetry build() {
      return new DataExportTelemetry(this);
    }
  }
}
