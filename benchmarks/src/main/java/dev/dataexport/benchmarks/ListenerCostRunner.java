package dev.dataexport.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.dataexport.core.CallListener;
import dev.dataexport.stigg.StiggClient;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Caller-thread allocation and CPU per Stigg update call, without and with call listeners: the
 * exact counterpart of {@link CallListenerBenchmarks} with the numbers that do not drift on a
 * loaded machine. A synchronous call runs on the caller (request building, OkHttp's chain, socket
 * I/O, JSON), so {@code getThreadAllocatedBytes} over a batch divided by its size is the call's
 * allocation, to the byte; CPU is {@code getCurrentThreadCpuTime} the same way. Median over rounds.
 *
 * <p>Usage: {@code ListenerCostRunner <variant> [rounds] [batch] [warmup]}, variant {@code none}
 * (no listener), {@code ignoring} (one listener returning {@code Observer.NONE}) or {@code
 * counting} (one listener observing every event). The {@code none} variant touches no listener
 * class, so the same class runs on the classpath of a build from before listeners existed: the
 * comparison that shows their cost without listeners.
 */
public final class ListenerCostRunner {
  @SuppressWarnings("unused") // written so the JIT cannot drop the call's result
  private static volatile Object sink;

  private ListenerCostRunner() {}

  /** Measures one variant and prints {@code variant bytes/call cpu-ns/call}. */
  public static void main(String[] args) {
    String variant = args.length > 0 ? args[0] : "none";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20000;
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    try (FixedResponseServer server = FixedResponseServer.start(Fixtures.routes());
        StiggClient base = SdkCalls.stiggClient(server.baseUrl());
        StiggClient client = variant.equals("none") ? base : Listening.client(base, variant)) {
      for (int i = 0; i < warmup; i++) {
        sink = SdkCalls.stigg(client);
      }
      List<Long> bytes = new ArrayList<>();
      List<Long> cpu = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        long allocatedBefore = threads.getThreadAllocatedBytes(self);
        long cpuBefore = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < batch; i++) {
          sink = SdkCalls.stigg(client);
        }
        cpu.add((threads.getCurrentThreadCpuTime() - cpuBefore) / batch);
        bytes.add((threads.getThreadAllocatedBytes(self) - allocatedBefore) / batch);
      }
      System.out.printf(
          Locale.ROOT,
          "%s %d B/call %d ns CPU/call (median of %d rounds of %d calls; bytes %s)%n",
          variant,
          median(bytes),
          median(cpu),
          rounds,
          batch,
          bytes);
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The variants with a listener: loaded only for them, so {@code none} needs no listener API. */
  private static final class Listening {
    private Listening() {}

    static StiggClient client(StiggClient base, String variant) {
      CallListener listener =
          switch (variant) {
            case "ignoring" -> call -> CallListener.Observer.NONE;
            case "counting" -> call -> new Counting();
            default -> throw new IllegalArgumentException("unknown variant " + variant);
          };
      return base.withOptions(o -> o.addListener(listener));
    }
  }

  /** Observes every event, so every event record is created. */
  private static final class Counting implements CallListener.Observer {
    private long events;

    @Override
    public void onAttemptStart(CallListener.AttemptStart attempt) {
      events++;
    }

    @Override
    public void onAttemptEnd(CallListener.AttemptEnd attempt) {
      events += attempt.attempt();
    }

    @Override
    public void onCallEnd(CallListener.CallEnd end) {
      events += end.attempts();
      sink = events;
    }
  }
}
