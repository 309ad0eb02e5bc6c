package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import dev.dataexport.stigg.DestinationList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each vendor's update call through the SDK and written by hand twice, with the plain baseline (a
 * default {@code new OkHttpClient()} and {@code ObjectMapper}) and the configured one (configured
 * like the SDK), against one in-process fixed-response server on 127.0.0.1 (keep-alive, so a call
 * is one request/response on a pooled connection). One caller thread; time per call (sample mode)
 * and, with {@code -prof gc}, allocation per call. {@link CallState}'s setup proves that all three
 * put the same request on the wire and read the same response.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UpdateCallBenchmarks {
  /** Stigg through the SDK. */
  @Benchmark
  public DestinationList stiggSdk(CallState state) {
    return SdkCalls.stigg(state.stigg);
  }

  /** Stigg by hand, plain baseline. */
  @Benchmark
  public StiggBaseline.Data stiggPlain(CallState state) {
    return BaselineCalls.stigg(state.plain.stigg());
  }

  /** Stigg by hand, configured baseline. */
  @Benchmark
  public StiggBaseline.Data stiggConfigured(CallState state) {
    return BaselineCalls.stigg(state.configured.stigg());
  }

  /** Prequel through the SDK. */
  @Benchmark
  public dev.dataexport.prequel.Destination prequelSdk(CallState state) {
    return SdkCalls.prequel(state.prequel);
  }

  /** Prequel by hand, plain baseline. */
  @Benchmark
  public PrequelBaseline.Destination prequelPlain(CallState state) {
    return BaselineCalls.prequel(state.plain.prequel());
  }

  /** Prequel by hand, configured baseline. */
  @Benchmark
  public PrequelBaseline.Destination prequelConfigured(CallState state) {
    return BaselineCalls.prequel(state.configured.prequel());
  }

  /** LaunchDarkly through the SDK. */
  @Benchmark
  public dev.dataexport.launchdarkly.Destination launchDarklySdk(CallState state) {
    return SdkCalls.launchDarkly(state.launchDarkly);
  }

  /** LaunchDarkly by hand, plain baseline. */
  @Benchmark
  public LaunchDarklyBaseline.Destination launchDarklyPlain(CallState state) {
    return BaselineCalls.launchDarkly(state.plain.launchDarkly());
  }

  /** LaunchDarkly by hand, configured baseline. */
  @Benchmark
  public LaunchDarklyBaseline.Destination launchDarklyConfigured(CallState state) {
    return BaselineCalls.launchDarkly(state.configured.launchDarkly());
  }
}
