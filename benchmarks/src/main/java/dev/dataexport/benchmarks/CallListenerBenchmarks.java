package dev.dataexport.benchmarks;

import dev.dataexport.core.CallListener;
import dev.dataexport.stigg.DestinationList;
import dev.dataexport.stigg.StiggClient;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
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
 * What call events cost: the Stigg update through a client without listeners (the default, which
 * must cost what it cost before listeners existed: compare {@code stiggNoListener} with {@code
 * UpdateCallBenchmarks.stiggSdk} of the commit before), with one listener that observes nothing
 * ({@code call -> Observer.NONE}: the events of the call start only), and with one that counts
 * every event (every event record is created). Time per call and, with {@code -prof gc}, allocation
 * per call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CallListenerBenchmarks {
  /** The server and the three clients. */
  @State(Scope.Benchmark)
  public static class Clients {
    FixedResponseServer server;
    StiggClient none;
    StiggClient ignoring;
    StiggClient counting;
    final LongAdder events = new LongAdder();

    /** Starts the server and builds the clients. */
    @Setup(Level.Trial)
    public void setUp() {
      server = FixedResponseServer.start(Fixtures.routes());
      String baseUrl = server.baseUrl();
      none = SdkCalls.stiggClient(baseUrl);
      ignoring = none.withOptions(o -> o.addListener(call -> CallListener.Observer.NONE));
      counting = none.withOptions(o -> o.addListener(this::count));
      if (!SdkCalls.stigg(counting).equals(SdkCalls.stigg(none)) || events.sum() != 4) {
        throw new IllegalStateException("a client with a listener returned another value");
      }
    }

    private CallListener.Observer count(CallListener.CallStart call) {
      events.increment();
      return new CallListener.Observer() {
        @Override
        public void onAttemptStart(CallListener.AttemptStart attempt) {
          events.increment();
        }

        @Override
        public void onAttemptEnd(CallListener.AttemptEnd attempt) {
          events.increment();
        }

        @Override
        public void onCallEnd(CallListener.CallEnd end) {
          events.increment();
        }
      };
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      counting.close();
      ignoring.close();
      none.close();
      server.close();
    }
  }

  /** No listener: the default. */
  @Benchmark
  public DestinationList stiggNoListener(Clients clients) {
    return SdkCalls.stigg(clients.none);
  }

  /** One listener that returns {@code Observer.NONE}. */
  @Benchmark
  public DestinationList stiggIgnoringListener(Clients clients) {
    return SdkCalls.stigg(clients.ignoring);
  }

  /** One listener that counts every event. */
  @Benchmark
  public DestinationList stiggCountingListener(Clients clients) {
    return SdkCalls.stigg(clients.counting);
  }
}
