package dev.dataexport.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of each vendor's update call with {@value #THREADS} caller threads sharing one client
 * (the SDK's client, or the plain baseline's one {@code new OkHttpClient()} and mapper), against
 * the same in-process server as {@link UpdateCallBenchmarks} ({@link CallState}, in benchmark
 * scope, so the threads share it; its setup checks the wire bytes). Calls per second, all threads
 * together. Only the SDK and the plain baseline are measured: the throughput target is against the
 * plain one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(ThroughputBenchmarks.THREADS)
@Fork(1)
// A long warm-up: with 8 threads on 2 cores the JIT competes with the callers, and a 3 s warm-up
// measured the SDK's deeper call path while it was still being compiled (InterleavedRunner,
// Prequel, 8 threads: SDK / plain wall per call 1.45 after 20,000 warm-up calls, 1.12 after
// 100,000; see benchmarks/README.md "Throughput and warm-up").
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThroughputBenchmarks {
  /** The caller threads. */
  public static final int THREADS = 8;

  /** Stigg through the SDK. */
  @Benchmark
  public Object stiggSdk(CallState state) {
    return SdkCalls.stigg(state.stigg);
  }

  /** Stigg by hand, plain baseline. */
  @Benchmark
  public Object stiggPlain(CallState state) {
    return BaselineCalls.stigg(state.plain.stigg());
  }

  /** Stigg by hand, configured baseline. */
  @Benchmark
  public Object stiggConfigured(CallState state) {
    return BaselineCalls.stigg(state.configured.stigg());
  }

  /** Prequel through the SDK. */
  @Benchmark
  public Object prequelSdk(CallState state) {
    return SdkCalls.prequel(state.prequel);
  }

  /** Prequel by hand, plain baseline. */
  @Benchmark
  public Object prequelPlain(CallState state) {
    return BaselineCalls.prequel(state.plain.prequel());
  }

  /** Prequel by hand, configured baseline. */
  @Benchmark
  public Object prequelConfigured(CallState state) {
    return BaselineCalls.prequel(state.configured.prequel());
  }

  /** LaunchDarkly through the SDK. */
  @Benchmark
  public Object launchDarklySdk(CallState state) {
    return SdkCalls.launchDarkly(state.launchDarkly);
  }

  /** LaunchDarkly by hand, plain baseline. */
  @Benchmark
  public Object launchDarklyPlain(CallState state) {
    return BaselineCalls.launchDarkly(state.plain.launchDarkly());
  }

  /** LaunchDarkly by hand, configured baseline. */
  @Benchmark
  public Object launchDarklyConfigured(CallState state) {
    return BaselineCalls.launchDarkly(state.configured.launchDarkly());
  }
}
