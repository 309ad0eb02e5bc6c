package dev.dataexport.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A profiling helper for a shared machine: the SDK and the plain baseline of one vendor's update
 * call run in two JVMs that take turns, batch by batch, so a build starting on the machine slows
 * both alike. Each batch runs {@code threads} caller threads for {@code calls} calls each and
 * reports the wall time per call, the callers' CPU per call and the whole process's CPU per call
 * (the in-process server, OkHttp's watchdog and task threads, GC and JIT included). Wall time well
 * above caller CPU at one thread means the call waits for something besides the server.
 *
 * <p>Usage: {@code InterleavedRunner <vendor> [threads] [rounds] [calls] [warmup] [a] [b]}
 * (defaults 8 threads, 10 rounds, 2,000 calls per thread, 20,000 warm-up calls, {@code sdk} against
 * {@code plain}; a variant is one of {@link ColdStartProbe#VARIANTS}). Prints each round and the
 * medians with the a / b ratios. JVM options for both children: system property {@code
 * interleaved.jvmArgs}.
 */
public final class InterleavedRunner {
  private static final String CHILD = "--one";

  @SuppressWarnings("unused") // written so the JIT cannot drop the call's result
  private static volatile Object sink;

  private InterleavedRunner() {}

  /** Runs the comparison (or, with {@code --one}, serves one variant's batches in this JVM). */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(CHILD)) {
      one(args[1], args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]), args[5]);
      return;
    }
    String vendor = args[0];
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    int calls = args.length > 3 ? Integer.parseInt(args[3]) : 2000;
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 20000;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String[] variants = {
      args.length > 5 ? args[5] : "sdk",
      args.length > 6 ? args[6] : dev.dataexport.benchmarks.baseline.BaselineHttp.PLAIN
    };
    List<Child> children = new ArrayList<>();
    try {
      for (String variant : variants) {
        children.add(new Child(java, classpath, vendor, variant, threads, calls, warmup));
      }
      List<List<double[]>> results = new ArrayList<>();
      for (int v = 0; v < variants.length; v++) {
        results.add(new ArrayList<>());
      }
      for (int round = 0; round < rounds; round++) {
        StringBuilder line = new StringBuilder("round " + round);
        for (int v = 0; v < variants.length; v++) {
          double[] r = children.get(v).batch();
          results.get(v).add(r);
          line.append(
              String.format(
                  Locale.ROOT,
                  "  %s wall %.1f cpu %.1f proc %.1f us switches %.2f conns %.4f",
                  variants[v],
                  r[0] / 1e3,
                  r[1] / 1e3,
                  r[2] / 1e3,
                  r[3],
                  r[4]));
        }
        System.out.println(line);
      }
      String[] names = {"wall/call", "caller cpu/call", "process cpu/call", "switches/call"};
      for (int m = 0; m < names.length; m++) {
        double sdk = median(results.get(0), m);
        double plain = median(results.get(1), m);
        System.out.printf(
            Locale.ROOT,
            "%s median threads=%d %-17s %s %.2f %s %.2f ratio %.3f%n",
            vendor,
            threads,
            names[m],
            variants[0],
            sdk / (m == 3 ? 1 : 1e3),
            variants[1],
            plain / (m == 3 ? 1 : 1e3),
            sdk / plain);
      }
      // Ratio of per-round pairs: each pair ran back to back, so its ratio is the least drifted.
      for (int m = 0; m < names.length; m++) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
          ratios.add(results.get(0).get(i)[m] / results.get(1).get(i)[m]);
        }
        ratios.sort(null);
        System.out.printf(
            Locale.ROOT,
            "%s paired threads=%d %-17s median ratio %.3f%n",
            vendor,
            threads,
            names[m],
            ratios.get(rounds / 2));
      }
    } finally {
      for (Child child : children) {
        child.close();
      }
    }
  }

  private static double median(List<double[]> rows, int column) {
    List<Double> values = new ArrayList<>();
    for (double[] row : rows) {
      values.add(row[column]);
    }
    values.sort(null);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  /** One variant's JVM, driven over its stdin and stdout. */
  private static final class Child {
    private final String name;
    private final Process process;
    private final BufferedReader in;
    private final Writer out;

    Child(
        String java,
        String classpath,
        String vendor,
        String variant,
        int threads,
        int calls,
        int warmup)
        throws IOException {
      this.name = variant + " " + vendor;
      // "sdk@other.jar" runs the variant from another build: two builds of the SDK, side by side.
      int at = variant.indexOf('@');
      String cp = at < 0 ? classpath : variant.substring(at + 1);
      String run = at < 0 ? variant : variant.substring(0, at);
      List<String> command = new ArrayList<>();
      command.add(java);
      String extra = System.getProperty("interleaved.jvmArgs", "");
      for (String arg : extra.split(" ")) {
        if (!arg.isBlank()) {
          command.add(arg);
        }
      }
      command.addAll(
          List.of(
              "-cp",
              cp,
              InterleavedRunner.class.getName(),
              CHILD,
              vendor,
              run,
              Integer.toString(threads),
              Integer.toString(calls),
              Integer.toString(warmup)));
      this.process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      this.in =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      this.out = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      expect("ready");
    }

    /** Runs one batch; returns wall, caller CPU and process CPU nanoseconds per call. */
    double[] batch() throws IOException {
      out.write("go\n");
      out.flush();
      String[] parts = expect("nanos=").split(",");
      double[] values = new double[parts.length];
      for (int i = 0; i < parts.length; i++) {
        values[i] = Double.parseDouble(parts[i]);
      }
      return values;
    }

    private String expect(String prefix) throws IOException {
      String line = in.readLine();
      if (line == null || !line.startsWith(prefix)) {
        throw new IllegalStateException(name + ": expected " + prefix + ", got " + line);
      }
      return line.substring(prefix.length());
    }

    void close() throws IOException, InterruptedException {
      out.close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroy();
      }
    }
  }

  private static void one(String vendor, String variant, int threads, int calls, String warmup)
      throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    mx.setThreadCpuTimeEnabled(true);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    CallState state = new CallState();
    state.setUp();
    try {
      Supplier<Object> call = state.call(vendor, variant);
      runBatch(call, threads, Integer.parseInt(warmup) / threads + 1);
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      System.out.println("ready");
      System.out.flush();
      while (commands.readLine() != null) {
        long proc = os.getProcessCpuTime();
        long connections = state.server.accepted();
        java.util.Map<String, Long> before = new java.util.TreeMap<>();
        long switches = voluntarySwitches(before);
        long start = System.nanoTime();
        long callerCpu = runBatch(call, threads, calls);
        long wall = System.nanoTime() - start;
        long procCpu = os.getProcessCpuTime() - proc;
        java.util.Map<String, Long> after = new java.util.TreeMap<>();
        long switched = voluntarySwitches(after) - switches;
        if (Boolean.getBoolean("interleaved.perThread")) {
          StringBuilder perThread = new StringBuilder(variant + " switches/call by thread:");
          for (java.util.Map.Entry<String, Long> e : after.entrySet()) {
            double d =
                (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / (double) (threads * calls);
            if (d >= 0.01) {
              perThread.append(String.format(Locale.ROOT, " [%s] %.2f", e.getKey(), d));
            }
          }
          System.err.println(perThread);
        }
        double total = (double) threads * calls;
        // wall per call is the elapsed time over all calls of all threads: 1 / throughput.
        System.out.println(
            "nanos="
                + wall / total
                + ","
                + callerCpu / total
                + ","
                + procCpu / total
                + ","
                + switched / total
                + ","
                + (state.server.accepted() - connections) / total);
        System.out.flush();
      }
    } finally {
      state.tearDown();
    }
  }

  /**
   * The voluntary context switches of every thread of this JVM so far (Linux {@code /proc}; 0
   * elsewhere): a thread that blocks, on a socket, a lock or a wait, switches once.
   */
  private static long voluntarySwitches() {
    return voluntarySwitches(null);
  }

  /** As {@link #voluntarySwitches()}; when {@code byName} is not null, also per thread name. */
  private static long voluntarySwitches(java.util.Map<String, Long> byName) {
    long sum = 0;
    try (java.nio.file.DirectoryStream<Path> tasks =
        java.nio.file.Files.newDirectoryStream(Path.of("/proc/self/task"))) {
      for (Path task : tasks) {
        try {
          for (String line : java.nio.file.Files.readAllLines(task.resolve("status"))) {
            if (line.startsWith("voluntary_ctxt_switches:")) {
              long n = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
              sum += n;
              if (byName != null) {
                String name = java.nio.file.Files.readString(task.resolve("comm")).trim();
                byName.merge(name.replaceAll("[0-9]+$", ""), n, Long::sum);
              }
            }
          }
        } catch (IOException ended) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException notLinux) {
      return 0;
    }
    return sum;
  }

  /** Runs {@code calls} calls on each of {@code threads} threads; returns their summed CPU ns. */
  private static long runBatch(Supplier<Object> call, int threads, int calls)
      throws InterruptedException {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    AtomicLong cpu = new AtomicLong();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  return;
                }
                long start = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                  sink = call.get();
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - start);
              });
      worker.start();
      workers.add(worker);
    }
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    return cpu.get();
  }
}
