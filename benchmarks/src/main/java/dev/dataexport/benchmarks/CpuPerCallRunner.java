package dev.dataexport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Measures the caller's CPU time per update call. For each vendor, one JVM per variant (SDK, plain
 * baseline, configured baseline; fresh JVMs, as JMH forks one per benchmark, so no variant's
 * profile shapes another's compiled code) sets up {@link CallState} (server, clients, wire and
 * value checks) and warms the call up, one JVM after the other. Then, round by round, each JVM in
 * turn runs one batch of {@code batch} calls on its one calling thread and reports {@link
 * ThreadMXBean#getCurrentThreadCpuTime()} over the batch divided by {@code batch}: the variants
 * alternate, so drift on a shared machine hits them alike (the JVMs not measuring wait on their
 * stdin). The result per variant is the median over the rounds of CPU nanoseconds per call.
 *
 * <p>What it counts: everything the calling thread runs (building the request, OkHttp's interceptor
 * chain and socket writes and reads, which a synchronous {@code execute()} runs on the caller,
 * writing and parsing JSON, TLAB refills). What it does not: the server's threads, GC and JIT
 * threads, and time spent waiting for the server (no CPU). Allocation is measured apart, by JMH's
 * {@code gc.alloc.rate.norm}. In a VM, time the host takes the CPU away from a running thread
 * (steal) still counts as that thread's, so a loaded machine inflates every variant.
 *
 * <p>Usage: {@code CpuPerCallRunner <out.json> [rounds] [batch] [warmup]} (default 10 rounds of
 * 2,000 calls after 20,000 warm-up calls). Writes a JSON file for {@link ResultTable}.
 */
public final class CpuPerCallRunner {
  private static final String CHILD = "--one";

  @SuppressWarnings("unused") // written so the JIT cannot drop the call's result
  private static volatile Object sink;

  private CpuPerCallRunner() {}

  /** Runs the measurement (or, with {@code --one}, serves one variant's batches in this JVM). */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CHILD)) {
      one(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    Path out = Path.of(args.length > 0 ? args[0] : "target/cpu.json");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 20000;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");

    ObjectMapper mapper = new ObjectMapper();
    ObjectNode result = mapper.createObjectNode();
    result.put("rounds", rounds);
    result.put("batch", batch);
    result.put("warmup", warmup);
    ObjectNode vendors = result.putObject("vendors");
    for (String vendor : ColdStartProbe.VENDORS) {
      Map<String, Child> children = new LinkedHashMap<>();
      try {
        for (String variant : ColdStartProbe.VARIANTS) { // warmed up one after the other
          children.put(variant, new Child(java, classpath, vendor, variant, batch, warmup));
        }
        Map<String, List<Long>> perCall = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
          for (Map.Entry<String, Child> child : children.entrySet()) {
            perCall
                .computeIfAbsent(child.getKey(), v -> new ArrayList<>())
                .add(child.getValue().batch());
          }
        }
        ObjectNode entry = vendors.putObject(vendor);
        StringBuilder line = new StringBuilder("cpu per call ").append(vendor);
        for (Map.Entry<String, List<Long>> variant : perCall.entrySet()) {
          double median = ColdStartRunner.median(variant.getValue());
          ObjectNode node = entry.putObject(variant.getKey());
          node.put("medianNanos", median);
          ArrayNode all = node.putArray("nanos");
          variant.getValue().forEach(all::add);
          line.append(String.format(Locale.ROOT, " %s %.2f us", variant.getKey(), median / 1e3));
        }
        System.out.println(line);
      } finally {
        for (Child child : children.values()) {
          child.close();
        }
      }
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
  }

  /** One variant's JVM, driven over its stdin and stdout. */
  private static final class Child {
    private final String name;
    private final Process process;
    private final BufferedReader in;
    private final Writer out;

    /** Launches the JVM and waits until it has set up and warmed up. */
    Child(String java, String classpath, String vendor, String variant, int batch, int warmup)
        throws IOException {
      this.name = variant + " " + vendor;
      this.process =
          new ProcessBuilder(
                  java,
                  "-cp",
                  classpath,
                  CpuPerCallRunner.class.getName(),
                  CHILD,
                  vendor,
                  variant,
                  Integer.toString(batch),
                  Integer.toString(warmup))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      this.in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      expect("ready");
    }

    /** Runs one batch; returns its CPU nanoseconds per call. */
    long batch() throws IOException {
      out.write("go\n");
      out.flush();
      return Long.parseLong(expect("nanos="));
    }

    private String expect(String prefix) throws IOException {
      String line = in.readLine();
      if (line == null || !line.startsWith(prefix)) {
        throw new IllegalStateException(name + ": expected " + prefix + ", got " + line);
      }
      return line.substring(prefix.length());
    }

    /** Closes its stdin (it exits) and waits for it. */
    void close() throws IOException, InterruptedException {
      out.close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroy();
        throw new IllegalStateException(name + ": did not exit");
      }
    }
  }

  /**
   * In a child JVM: sets up and warms up one call, prints {@code ready}, then for each {@code go}
   * line on stdin runs one batch and prints {@code nanos=<CPU nanoseconds per call>}; exits when
   * stdin closes.
   */
  private static void one(String vendor, String variant, int batch, int warmup) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (!threads.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    threads.setThreadCpuTimeEnabled(true);
    CallState state = new CallState();
    state.setUp();
    try {
      Supplier<Object> call = state.call(vendor, variant);
      for (int i = 0; i < warmup; i++) {
        sink = call.get();
      }
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("ready");
      System.out.flush();
      while (commands.readLine() != null) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < batch; i++) {
          sink = call.get();
        }
        long perCall = (threads.getCurrentThreadCpuTime() - start) / batch;
        System.out.println("nanos=" + perCall);
        System.out.flush();
      }
    } finally {
      state.tearDown();
    }
  }
}
