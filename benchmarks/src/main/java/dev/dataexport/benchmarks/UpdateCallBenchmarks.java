package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each vendor's update call through the SDK and written by hand, against one in-process fixed-response server on
 * 127.0.0.1 (keep-alive, so a call is one request/response on a pooled connection). Setup checks that both sides
 * put the same request on the wire.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class UpdateCallBenchmarks {
  private FixedResponseServer server;
  private StiggBaseline stiggBaseline;
  private LaunchDarklyBaseline launchDarklyBaseline;

  /** Starts the server and builds the clients. */
  @Setup(Level.Trial)
  public void setUp() {
    server = FixedResponseServer.start(Fixtures.routes());
    String userAgent = "bench/1.0";
    stiggBaseline = new StiggBaseline(server.baseUrl(), Fixtures.API_KEY, userAgent);
    launchDarklyBaseline = new LaunchDarklyBaseline(server.baseUrl(), Fixtures.API_KEY, userAgent);
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    server.close();
  }

  /** Stigg by hand. */
  @Benchmark
  public StiggBaseline.Data stiggBaseline() {
    return BaselineCalls.stigg(stiggBaseline);
  }

  /** LaunchDarkly by hand. */
  @Benchmark
  public LaunchDarklyBaseline.Destination launchDarklyBaseline() {
    return BaselineCalls.launchDarkly(launchDarklyBaseline);
  }
}
