package dev.dataexport.benchmarks;

import dev.dataexport.core.fleet.FleetOperation;
import dev.dataexport.core.fleet.FleetResult;
import dev.dataexport.testkit.FakeServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fleet operation against each vendor's rate-limited fake (issue 16's benchmark; run by {@code
 * benchmarks/fleet.sh}, never by the tests). Modes:
 *
 * <ul>
 *   <li>{@code rate <stigg|launchdarkly|prequel|all> <destinations> <limit per second>}: the fake
 *       in this JVM with the vendor's limit on the real clock; reports the successful changes per
 *       second, the share of 429 answers, and from the fake's counters the changes lost or made
 *       twice. Exits 1 when a target is missed (≥ 90 % of the limit, ≤ 2 % 429s, none lost or
 *       doubled).
 *   <li>{@code heap <vendor> <destinations>}: the fake in a child JVM of its own (so this JVM holds
 *       only the operation and its client), no limit; run this JVM with {@code -Xmx64m}. Reports
 *       the peak heap used and the fake's counters.
 *   <li>{@code serve <vendor> <destinations>}: the child of {@code heap}: prints {@code READY
 *       <url>}, answers {@code COUNTERS} on stdin, stops at end of input.
 * </ul>
 */
public final class FleetBenchmark {
  private static final PrintStream OUT = System.out;
  private static final int WARM_UP = 300;

  private FleetBenchmark() {}

  /** Runs the mode the arguments name. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: rate <vendor|all> <destinations> <limit> | heap <vendor> <destinations>");
    }
    int destinations = Integer.parseInt(args[2]);
    switch (args[0]) {
      case "rate" -> {
        boolean met = true;
        for (FleetVendor vendor : vendors(args[1])) {
          met &= rate(vendor, destinations, Integer.parseInt(args[3]));
        }
        System.exit(met ? 0 : 1);
      }
      case "heap" -> System.exit(heap(FleetVendor.valueOf(upper(args[1])), destinations) ? 0 : 1);
      case "serve" -> serve(FleetVendor.valueOf(upper(args[1])), destinations);
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static boolean rate(FleetVendor vendor, int destinations, int limit) {
    warmUp(vendor);
    try (FakeServer fake = vendor.fake(destinations)) {
      fake.start();
      fake.rateLimit(vendor.limits(limit));
      FleetVendor.Run run = vendor.run(fake.baseUrl(), destinations);
      FleetResult result = apply(vendor, run, destinations);
      run.close().run();
      Counters counters = Counters.of(fake.appliedChanges(), vendor, destinations);
      double seconds = result.duration().toMillis() / 1000.0;
      double perSecond = result.changed() / seconds;
      double limitedShare = 100.0 * fake.rateLimitedCount() / fake.requestCount();
      boolean met =
          result.changed() == destinations
              && perSecond >= 0.9 * limit
              && limitedShare <= 2.0
              && counters.lost == 0
              && counters.doubled == 0;
      OUT.printf(
          Locale.ROOT,
          "%-12s limit %d/s, %d destinations: %d changed in %.1f s = %.1f/s (%.1f%% of the limit);"
              + " %d requests at the fake, %d answered 429 (%.2f%%); applied %d, lost %d,"
              + " doubled %d; %s%n",
          vendor.name().toLowerCase(Locale.ROOT),
          limit,
          destinations,
          result.changed(),
          seconds,
          perSecond,
          100 * perSecond / limit,
          fake.requestCount(),
          fake.rateLimitedCount(),
          limitedShare,
          counters.applied,
          counters.lost,
          counters.doubled,
          met ? "targets met" : "TARGET MISSED: " + result);
      return met;
    }
  }

  /** A few hundred unlimited changes first, so the JIT's start is not counted against the rate. */
  private static void warmUp(FleetVendor vendor) {
    try (FakeServer fake = vendor.fake(WARM_UP)) {
      fake.start();
      FleetVendor.Run run = vendor.run(fake.baseUrl(), WARM_UP);
      run.operation().total(WARM_UP).timing(run.options()).build().apply();
      run.close().run();
    }
  }

  private static FleetResult apply(FleetVendor vendor, FleetVendor.Run run, int destinations) {
    FleetOperation<Integer, Integer> operation =
        run.operation()
            .total(destinations)
            .timing(run.options())
            .onProgress(
                progress -> System.err.println("  " + vendor + ": " + progress),
                Duration.ofSeconds(10))
            .build();
    return operation.apply();
  }

  private static boolean heap(FleetVendor vendor, int destinations) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                FleetBenchmark.class.getName(),
                "serve",
                vendor.name(),
                Integer.toString(destinations))
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (BufferedReader fromChild =
            new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Writer toChild = new java.io.OutputStreamWriter(child.getOutputStream(), "UTF-8")) {
      String ready = fromChild.readLine();
      if (ready == null || !ready.startsWith("READY ")) {
        throw new IllegalStateException("the fake's JVM did not start: " + ready);
      }
      FleetVendor.Run run = vendor.run(ready.substring(6), destinations);
      FleetResult result = apply(vendor, run, destinations);
      run.close().run();
      toChild.write("COUNTERS\n");
      toChild.flush();
      String counters = fromChild.readLine();
      long peakMb = peakHeapBytes() / (1024 * 1024);
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      long liveMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
      long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      double seconds = result.duration().toMillis() / 1000.0;
      boolean met = result.changed() == destinations && counters.contains(" lost 0, doubled 0");
      OUT.printf(
          Locale.ROOT,
          "%-12s %d destinations, no limit, max heap %d MB: %d changed in %.1f s = %.0f/s, peak"
              + " heap used %d MB (%d MB live after the run); %s; %s%n",
          vendor.name().toLowerCase(Locale.ROOT),
          destinations,
          maxMb,
          result.changed(),
          seconds,
          result.changed() / seconds,
          peakMb,
          liveMb,
          counters,
          met ? "targets met" : "TARGET MISSED: " + result);
      return met;
    } finally {
      try {
        child.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void serve(FleetVendor vendor, int destinations) throws IOException {
    try (FakeServer fake = vendor.fake(destinations)) {
      fake.start();
      // The fake records every request; 100,000 of them would fill its heap, so they are counted
      // and forgotten as the run goes (under the fake's lock, so none is missed).
      long[] forgotten = new long[1];
      Thread forget =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  synchronized (fake) {
                    forgotten[0] += fake.requestCount();
                    fake.clearRequests();
                  }
                  try {
                    Thread.sleep(1_000);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      forget.setDaemon(true);
      forget.start();
      OUT.println("READY " + fake.baseUrl());
      OUT.flush();
      BufferedReader commands =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      for (String line = commands.readLine(); line != null; line = commands.readLine()) {
        if (line.equals("COUNTERS")) {
          Counters counters = Counters.of(fake.appliedChanges(), vendor, destinations);
          long requests;
          synchronized (fake) {
            requests = forgotten[0] + fake.requestCount();
          }
          OUT.printf(
              Locale.ROOT,
              "fake: %d requests, %d answered 429; applied %d, lost %d, doubled %d%n",
              requests,
              fake.rateLimitedCount(),
              counters.applied,
              counters.lost,
              counters.doubled);
          OUT.flush();
        }
      }
    }
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static List<FleetVendor> vendors(String name) {
    return name.equals("all")
        ? List.of(FleetVendor.values())
        : List.of(FleetVendor.valueOf(upper(name)));
  }

  private static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  /** What the fake applied, against one change per destination. */
  private static final class Counters {
    long applied;
    long lost;
    long doubled;

    static Counters of(Map<String, Integer> applied, FleetVendor vendor, int destinations) {
      Counters counters = new Counters();
      for (int count : applied.values()) {
        counters.applied += count;
      }
      for (int i = 0; i < destinations; i++) {
        int count = applied.getOrDefault(vendor.path(i), 0);
        if (count == 0) {
          counters.lost++;
        } else if (count > 1) {
          counters.doubled++;
        }
      }
      return counters;
    }
  }
}
