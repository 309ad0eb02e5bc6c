package dev.dataexport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the ratios of one run: SDK / plain baseline and SDK / configured baseline, from JMH's JSON
 * result (benchmarks named {@code <name>Sdk}, {@code <name>Plain} and {@code <name>Configured} are
 * grouped), the CPU JSON of {@link CpuPerCallRunner} and the cold-start JSON of {@link
 * ColdStartRunner}, with the targets (issue 11, all against the plain baseline) marked beside the
 * plain ratios. The configured ratios are informational.
 *
 * <p>Usage: {@code ResultTable <jmh.json> [coldstart.json] [cpu.json]} (a missing file is skipped).
 */
public final class ResultTable {
  /** Caller CPU per update call may be at most this multiple of the plain baseline's. */
  static final double CPU_TARGET = 1.03;

  /** Allocation per update call may be at most this multiple of the plain baseline's. */
  static final double ALLOC_TARGET = 1.05;

  /** Throughput with 8 threads sharing one client must be at least this multiple of plain's. */
  static final double THROUGHPUT_TARGET = 0.97;

  /** Cold start to the first call may be at most this multiple of the plain baseline's. */
  static final double COLD_TARGET = 1.05;

  /** Allocation serializing the largest Prequel update may be at most this multiple of plain's. */
  static final double SERIALIZATION_ALLOC_TARGET = 1.20;

  /** The benchmark {@link #SERIALIZATION_ALLOC_TARGET} applies to. */
  static final String LARGEST_PREQUEL_UPDATE = "Serialization.prequelUpdate";

  private ResultTable() {}

  /** Prints the table to stdout. */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode jmh = readJmh(mapper, args.length > 0 ? args[0] : "");
    JsonNode cold = read(mapper, args, 1);
    JsonNode cpu = read(mapper, args, 2);
    print(jmh, cold, cpu, System.out); // a missed target is a result, not a failure of the run
  }

  /**
   * JMH's results from one or more JSON files (comma-separated: run.sh runs the throughput
   * benchmarks with their own, longer warm-up), as one array; null when none exists.
   */
  private static JsonNode readJmh(ObjectMapper mapper, String files) throws IOException {
    ArrayNode all = mapper.createArrayNode();
    boolean any = false;
    for (String file : files.split(",")) {
      if (!file.isEmpty() && new File(file).exists()) {
        mapper.readTree(new File(file)).forEach(all::add);
        any = true;
      }
    }
    return any ? all : null;
  }

  private static JsonNode read(ObjectMapper mapper, String[] args, int index) throws IOException {
    return args.length > index && new File(args[index]).exists()
        ? mapper.readTree(new File(args[index]))
        : null;
  }

  /** Prints every table; returns whether every target that was measured is met. */
  static boolean print(JsonNode jmh, JsonNode cold, JsonNode cpu, PrintStream out) {
    Targets targets = new Targets();
    Map<String, Row> perCall = new LinkedHashMap<>();
    Map<String, Row> throughput = new LinkedHashMap<>();
    if (jmh != null) {
      group(jmh, perCall, throughput);
    }
    if (!perCall.isEmpty()) {
      printTime(perCall, out);
      printAlloc(perCall, targets, out);
    }
    if (cpu != null) {
      printCpu(cpu, targets, out);
    }
    if (!throughput.isEmpty()) {
      printThroughput(throughput, targets, out);
    }
    if (cold != null) {
      printCold(cold, targets, out);
    }
    out.println();
    out.println(
        targets.measured == 0
            ? "No targeted measurement in this run."
            : targets.allMet
                ? "All " + targets.measured + " targeted ratios met (✓)."
                : "Some targets NOT met (✗) of " + targets.measured + " targeted ratios.");
    return targets.allMet;
  }

  private static void group(JsonNode jmh, Map<String, Row> perCall, Map<String, Row> throughput) {
    for (JsonNode result : jmh) {
      String full = result.path("benchmark").asText();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String group = full.substring(0, full.lastIndexOf('.'));
      group =
          group
              .substring(group.lastIndexOf('.') + 1)
              .replace("Benchmarks", "")
              .replace("Benchmark", "");
      Side side = Side.of(method);
      if (side == null) {
        continue;
      }
      String name = group + "." + method.substring(0, method.length() - side.suffix.length());
      JsonNode primary = result.path("primaryMetric");
      double mean = primary.path("score").asDouble();
      Score score =
          new Score(
              primary.path("scorePercentiles").path("50.0").asDouble(mean),
              mean,
              primary.path("scoreError").asDouble(Double.NaN),
              primary.path("scoreUnit").asText(),
              result
                  .path("secondaryMetrics")
                  .path("gc.alloc.rate.norm")
                  .path("score")
                  .asDouble(Double.NaN),
              result.path("threads").asInt(1));
      Map<String, Row> table = result.path("mode").asText().equals("thrpt") ? throughput : perCall;
      table.computeIfAbsent(name, n -> new Row()).set(side, score);
    }
  }

  private static void printTime(Map<String, Row> rows, PrintStream out) {
    out.println();
    out.println("Time per call (one caller thread, JMH sample mode; medians)");
    out.println();
    out.println(
        "| benchmark | SDK | plain | configured | SDK/plain | (mean SDK/plain) | SDK/configured |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %s |%n",
          entry.getKey(),
          time(row.sdk),
          time(row.plain),
          time(row.configured),
          ratio(median(row.sdk), median(row.plain)),
          meanRatio(row.sdk, row.plain),
          ratio(median(row.sdk), median(row.configured)));
    }
    out.println();
    out.println(
        "Informational: wall time on a shared machine (see CPU per call and throughput for the"
            + " targets). The ratio is of medians, which stalls skew less than means (the ratio of"
            + " means ± its error is in brackets).");
  }

  private static void printAlloc(Map<String, Row> rows, Targets targets, PrintStream out) {
    out.println();
    out.println("Allocation per call (JMH gc.alloc.rate.norm)");
    out.println();
    out.println("| benchmark | SDK | plain | configured | SDK/plain | SDK/configured |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      double target =
          entry.getKey().startsWith("UpdateCall.")
              ? ALLOC_TARGET
              : entry.getKey().equals(LARGEST_PREQUEL_UPDATE) ? SERIALIZATION_ALLOC_TARGET : 0;
      double plain = divide(alloc(row.sdk), alloc(row.plain));
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s%s | %s |%n",
          entry.getKey(),
          bytes(alloc(row.sdk)),
          bytes(alloc(row.plain)),
          bytes(alloc(row.configured)),
          ratio(plain),
          target > 0 ? targets.atMost(plain, target) : "",
          ratio(alloc(row.sdk), alloc(row.configured)));
    }
    out.printf(
        Locale.ROOT,
        "%nTargets (SDK/plain): UpdateCall ≤ %.2f×, %s ≤ %.2f× (✓ met, ✗ not met or not"
            + " measured); the other rows are informational.%n",
        ALLOC_TARGET,
        LARGEST_PREQUEL_UPDATE,
        SERIALIZATION_ALLOC_TARGET);
  }

  private static void printCpu(JsonNode cpu, Targets targets, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Caller CPU per update call (ThreadMXBean, median of %d rounds of %,d calls after %,d"
            + " warm-up calls; a fresh JVM per variant)%n%n",
        cpu.path("rounds").asInt(),
        cpu.path("batch").asInt(),
        cpu.path("warmup").asInt());
    out.println("| vendor | SDK | plain | configured | SDK/plain | SDK/configured |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, JsonNode> vendor : cpu.path("vendors").properties()) {
      double sdk = micros(vendor.getValue().path("sdk"));
      double plain = micros(vendor.getValue().path("plain"));
      double configured = micros(vendor.getValue().path("configured"));
      double ratio = divide(sdk, plain);
      out.printf(
          Locale.ROOT,
          "| %s | %.2f us | %.2f us | %.2f us | %s%s | %s |%n",
          vendor.getKey(),
          sdk,
          plain,
          configured,
          ratio(ratio),
          targets.atMost(ratio, CPU_TARGET),
          ratio(sdk, configured));
    }
    out.printf(Locale.ROOT, "%nTarget: CPU per call SDK/plain ≤ %.2f×.%n", CPU_TARGET);
  }

  private static void printThroughput(Map<String, Row> rows, Targets targets, PrintStream out) {
    out.println();
    out.println("Throughput (caller threads sharing one client; JMH throughput mode, mean)");
    out.println();
    out.println("| benchmark | threads | SDK | plain | configured | SDK/plain | SDK/configured |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Row> entry : rows.entrySet()) {
      Row row = entry.getValue();
      double plain = divide(mean(row.sdk), mean(row.plain));
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s%s | %s |%n",
          entry.getKey(),
          row.sdk != null ? Integer.toString(row.sdk.threads) : "",
          rate(row.sdk),
          rate(row.plain),
          rate(row.configured),
          ratio(plain),
          targets.atLeast(plain, THROUGHPUT_TARGET),
          ratio(mean(row.sdk), mean(row.configured)));
    }
    out.printf(Locale.ROOT, "%nTarget: throughput SDK/plain ≥ %.2f×.%n", THROUGHPUT_TARGET);
  }

  private static void printCold(JsonNode cold, Targets targets, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Cold start (fresh JVM → first completed call; median of %d runs each)%n%n",
        cold.path("runs").asInt());
    out.println(
        "| vendor | SDK ms | plain ms | configured ms | SDK/plain | SDK/configured | SDK classes"
            + " | plain classes | configured classes |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, JsonNode> vendor : cold.path("vendors").properties()) {
      JsonNode sdk = vendor.getValue().path("sdk");
      JsonNode plain = vendor.getValue().path("plain");
      JsonNode configured = vendor.getValue().path("configured");
      double ratio = divide(millis(sdk), millis(plain));
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.0f | %s%s | %s | %d | %d | %d |%n",
          vendor.getKey(),
          millis(sdk),
          millis(plain),
          millis(configured),
          ratio(ratio),
          targets.atMost(ratio, COLD_TARGET),
          ratio(millis(sdk), millis(configured)),
          sdk.path("classes").asLong(),
          plain.path("classes").asLong(),
          configured.path("classes").asLong());
    }
    out.printf(
        Locale.ROOT,
        "%nTarget: cold start SDK/plain ≤ %.2f× (classes are informational).%n",
        COLD_TARGET);
  }

  private static double micros(JsonNode variant) {
    return variant.path("medianNanos").asDouble(Double.NaN) / 1e3;
  }

  private static double millis(JsonNode variant) {
    return variant.path("medianMillis").asDouble(Double.NaN);
  }

  private static double median(Score score) {
    return score == null ? Double.NaN : score.median;
  }

  private static double mean(Score score) {
    return score == null ? Double.NaN : score.mean;
  }

  private static double alloc(Score score) {
    return score == null ? Double.NaN : score.alloc;
  }

  private static double divide(double a, double b) {
    return a / b; // NaN when either side is missing
  }

  private static String ratio(double a, double b) {
    return ratio(divide(a, b));
  }

  private static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String meanRatio(Score sdk, Score baseline) {
    if (sdk == null || baseline == null) {
      return "";
    }
    double ratio = sdk.mean / baseline.mean;
    double error = ratio * Math.hypot(rel(sdk), rel(baseline));
    return String.format(Locale.ROOT, "(%.3f ± %.3f)", ratio, error);
  }

  private static double rel(Score score) {
    return Double.isNaN(score.error) ? 0 : score.error / score.mean;
  }

  private static String time(Score score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%.2f %s", score.median, score.unit);
  }

  private static String rate(Score score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%,.0f %s", score.mean, score.unit);
  }

  private static String bytes(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", value);
  }

  /** Which side of a comparison a benchmark method measures, by its name's suffix. */
  private enum Side {
    SDK("Sdk"),
    PLAIN("Plain"),
    CONFIGURED("Configured");

    final String suffix;

    Side(String suffix) {
      this.suffix = suffix;
    }

    static Side of(String method) {
      for (Side side : values()) {
        if (method.endsWith(side.suffix) && method.length() > side.suffix.length()) {
          return side;
        }
      }
      return null;
    }
  }

  private static final class Row {
    Score sdk;
    Score plain;
    Score configured;

    void set(Side side, Score score) {
      switch (side) {
        case SDK:
          sdk = score;
          break;
        case PLAIN:
          plain = score;
          break;
        case CONFIGURED:
          configured = score;
          break;
      }
    }
  }

  /** Marks targeted ratios and remembers whether all were met; a missing ratio is not met. */
  private static final class Targets {
    int measured;
    boolean allMet = true;

    String atMost(double ratio, double target) {
      return mark(!Double.isNaN(ratio) && ratio <= target);
    }

    String atLeast(double ratio, double target) {
      return mark(!Double.isNaN(ratio) && ratio >= target);
    }

    private String mark(boolean met) {
      measured++;
      allMet &= met;
      return met ? " ✓" : " ✗";
    }
  }

  private record Score(
      double median, double mean, double error, String unit, double alloc, int threads) {}
}
