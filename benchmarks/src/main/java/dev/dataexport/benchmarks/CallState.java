package dev.dataexport.benchmarks;

import dev.dataexport.benchmarks.baseline.BaselineClients;
import dev.dataexport.benchmarks.baseline.BaselineHttp;
import dev.dataexport.launchdarkly.LaunchDarklyClient;
import dev.dataexport.prequel.PrequelClient;
import dev.dataexport.stigg.StiggClient;
import java.util.List;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the update-call measurements share (JMH state of {@link UpdateCallBenchmarks} and {@link
 * ThroughputBenchmarks}, and the set-up of {@link CpuPerCallRunner}): one in-process fixed-response
 * server on 127.0.0.1, one SDK client per vendor, and the two baseline flavours ({@link
 * BaselineHttp#plain()} and {@link BaselineHttp#configured()}), each one OkHttpClient and one
 * ObjectMapper shared by its three vendor clients. In benchmark scope, so every thread of a
 * multi-threaded benchmark shares the same clients.
 *
 * <p>Setup proves, for each vendor and each baseline flavour, that the SDK and the baseline put the
 * same bytes on the wire ({@link WireCheck}) and decoded the same values ({@link Sanity}).
 */
@State(Scope.Benchmark)
public class CallState {
  FixedResponseServer server;
  StiggClient stigg;
  LaunchDarklyClient launchDarkly;
  PrequelClient prequel;
  BaselineClients plain;
  BaselineClients configured;

  /** Starts the server, builds the clients and checks that all sides send the same requests. */
  @Setup(Level.Trial)
  public void setUp() {
    server = FixedResponseServer.start(Fixtures.routes());
    String baseUrl = server.baseUrl();
    stigg = SdkCalls.stiggClient(baseUrl);
    launchDarkly = SdkCalls.launchDarklyClient(baseUrl);
    prequel = SdkCalls.prequelClient(baseUrl);
    String userAgent = SdkCalls.userAgent();
    plain = BaselineClients.of(BaselineHttp.plain(), baseUrl, Fixtures.API_KEY, userAgent);
    configured =
        BaselineClients.of(BaselineHttp.configured(), baseUrl, Fixtures.API_KEY, userAgent);

    for (BaselineClients baseline : List.of(plain, configured)) {
      String flavour = " (" + baseline.http().flavour() + " baseline)";
      WireCheck.assertSameRequest(
          server,
          "stigg" + flavour,
          () -> SdkCalls.stigg(stigg),
          () -> BaselineCalls.stigg(baseline.stigg()));
      WireCheck.assertSameRequest(
          server,
          "launchdarkly" + flavour,
          () -> SdkCalls.launchDarkly(launchDarkly),
          () -> BaselineCalls.launchDarkly(baseline.launchDarkly()));
      WireCheck.assertSameRequest(
          server,
          "prequel" + flavour,
          () -> SdkCalls.prequel(prequel),
          () -> BaselineCalls.prequel(baseline.prequel()));
      Sanity.sameResult(
          "stigg" + flavour, SdkCalls.stigg(stigg), BaselineCalls.stigg(baseline.stigg()));
      Sanity.sameResult(
          "launchdarkly" + flavour,
          SdkCalls.launchDarkly(launchDarkly),
          BaselineCalls.launchDarkly(baseline.launchDarkly()));
      Sanity.sameResult(
          "prequel" + flavour,
          SdkCalls.prequel(prequel),
          BaselineCalls.prequel(baseline.prequel()));
    }
  }

  /** Closes the clients and stops the server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    stigg.close();
    launchDarkly.close();
    prequel.close();
    plain.close();
    configured.close();
    server.close();
  }

  /**
   * The update call of {@code vendor} ({@code stigg}, {@code launchdarkly}, {@code prequel}) made
   * by {@code variant} (one of {@link ColdStartProbe#VARIANTS}), for harnesses that loop over one
   * call.
   */
  Supplier<Object> call(String vendor, String variant) {
    if (variant.equals("sdk")) {
      switch (vendor) {
        case "stigg":
          return () -> SdkCalls.stigg(stigg);
        case "launchdarkly":
          return () -> SdkCalls.launchDarkly(launchDarkly);
        case "prequel":
          return () -> SdkCalls.prequel(prequel);
        default:
          throw new IllegalArgumentException("unknown vendor " + vendor);
      }
    }
    BaselineClients baseline;
    if (variant.equals(BaselineHttp.PLAIN)) {
      baseline = plain;
    } else if (variant.equals(BaselineHttp.CONFIGURED)) {
      baseline = configured;
    } else {
      throw new IllegalArgumentException("unknown variant " + variant);
    }
    switch (vendor) {
      case "stigg":
        return () -> BaselineCalls.stigg(baseline.stigg());
      case "launchdarkly":
        return () -> BaselineCalls.launchDarkly(baseline.launchDarkly());
      case "prequel":
        return () -> BaselineCalls.prequel(baseline.prequel());
      default:
        throw new IllegalArgumentException("unknown vendor " + vendor);
    }
  }
}
