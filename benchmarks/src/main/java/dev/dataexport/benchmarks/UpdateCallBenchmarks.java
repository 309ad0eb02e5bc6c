package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.LaunchDarklyBaseline;
import dev.dataexport.benchmarks.baseline.PrequelBaseline;
import dev.dataexport.benchmarks.baseline.StiggBaseline;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
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
 * Each vendor's update call through the SDK and written by hand, against one in-process
 * fixed-response server on 127.0.0.1 (keep-alive, so a call is one request/response on a pooled
 * connection). Setup proves that both sides put the same request on the wire and read the same
 * response.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class UpdateCallBenchmarks {
  private FixedResponseServer server;
  private StiggClient stigg;
  private StiggBaseline stiggBaseline;
  private LaunchDarklyClient launchDarkly;
  private LaunchDarklyBaseline launchDarklyBaseline;
  private PrequelClient prequel;
  private PrequelBaseline prequelBaseline;

  /** Starts the server, builds the clients and checks that both sides send the same requests. */
  @Setup(Level.Trial)
  public void setUp() {
    server = FixedResponseServer.start(Fixtures.routes());
    String baseUrl = server.baseUrl();
    stigg = SdkCalls.stiggClient(baseUrl);
    String userAgent = stigg.options().userAgent();
    stiggBaseline = new StiggBaseline(baseUrl, Fixtures.API_KEY, userAgent);
    launchDarkly = SdkCalls.launchDarklyClient(baseUrl);
    launchDarklyBaseline = new LaunchDarklyBaseline(baseUrl, Fixtures.API_KEY, userAgent);
    prequel = SdkCalls.prequelClient(baseUrl);
    prequelBaseline = new PrequelBaseline(baseUrl, Fixtures.API_KEY, userAgent);

    WireCheck.assertSameRequest(
        server, "stigg", () -> SdkCalls.stigg(stigg), () -> BaselineCalls.stigg(stiggBaseline));
    WireCheck.assertSameRequest(
        server,
        "launchdarkly",
        () -> SdkCalls.launchDarkly(launchDarkly),
        () -> BaselineCalls.launchDarkly(launchDarklyBaseline));
    WireCheck.assertSameRequest(
        server,
        "prequel",
        () -> SdkCalls.prequel(prequel),
        () -> BaselineCalls.prequel(prequelBaseline));
    Sanity.sameResult("prequel", SdkCalls.prequel(prequel), BaselineCalls.prequel(prequelBaseline));
    Sanity.sameResult("stigg", SdkCalls.stigg(stigg), BaselineCalls.stigg(stiggBaseline));
    Sanity.sameResult(
        "launchdarkly",
        SdkCalls.launchDarkly(launchDarkly),
        BaselineCalls.launchDarkly(launchDarklyBaseline));
  }

  /** Closes the clients and stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    stigg.close();
    launchDarkly.close();
    prequel.close();
    server.close();
  }

  /** Stigg through the SDK. */
  @Benchmark
  public DestinationList stiggSdk() {
    return SdkCalls.stigg(stigg);
  }

  /** Stigg by hand. */
  @Benchmark
  public StiggBaseline.Data stiggBaseline() {
    return BaselineCalls.stigg(stiggBaseline);
  }

  /** Prequel through the SDK. */
  @Benchmark
  public dev.dataexport.prequel.Destination prequelSdk() {
    return SdkCalls.prequel(prequel);
  }

  /** Prequel by hand. */
  @Benchmark
  public PrequelBaseline.Destination prequelBaseline() {
    return BaselineCalls.prequel(prequelBaseline);
  }

  /** LaunchDarkly through the SDK. */
  @Benchmark
  public dev.dataexport.launchdarkly.Destination launchDarklySdk() {
    return SdkCalls.launchDarkly(launchDarkly);
  }

  /** LaunchDarkly by hand. */
  @Benchmark
  public LaunchDarklyBaseline.Destination launchDarklyBaseline() {
    return BaselineCalls.launchDarkly(launchDarklyBaseline);
  }
}
