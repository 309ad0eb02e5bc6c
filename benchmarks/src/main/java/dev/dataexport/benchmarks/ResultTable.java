package dev.dataexport.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the SDK/baseline ratios of one run: JMH's JSON result (benchmarks named {@code <name>Sdk}
 * and {@code <name>Baseline} are paired) and the cold-start JSON of {@link ColdStartRunner}, with
 * the targets.
 *
 * <p>Usage: {@code ResultTable <jmh.json> [coldstart.json]}.
 */
public final class ResultTable {
  /** Time per call may be at most this multiple of the baseline. */
  static final double TIME_TARGET = 1.05;

  /** Allocation per call may be at most this multiple of the baseline. */
  static final double ALLOC_TARGET = 1.15;

  /** Cold start may be at most this multiple of the baseline. */
  static final double COLD_TARGET = 1.10;

  private ResultTable() {}

  /** Prints the table to stdout. */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode jmh = mapper.readTree(new File(args[0]));
    JsonNode cold =
        args.length > 1 && new File(args[1]).exists() ? mapper.readTree(new File(args[1])) : null;
    print(jmh, cold, System.out);
  }

  static void print(JsonNode jmh, JsonNode cold, PrintStream out) {
    Map<String, Pair> pairs = new LinkedHashMap<>();
    for (JsonNode result : jmh) {
      String full = result.path("benchmark").asText();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String group = full.substring(0, full.lastIndexOf('.'));
      group =
          group
              .substring(group.lastIndexOf('.') + 1)
              .replace("Benchmarks", "")
              .replace("Benchmark", "");
      boolean sdk = method.endsWith("Sdk");
      boolean baseline = method.endsWith("Baseline");
      if (!sdk && !baseline) {
        continue;
      }
      String name = group + "." + method.substring(0, method.length() - (sdk ? 3 : 8));
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
                  .asDouble(Double.NaN));
      Pair pair = pairs.computeIfAbsent(name, n -> new Pair());
      if (sdk) {
        pair.sdk = score;
      } else {
        pair.baseline = score;
      }
    }

    out.println();
    out.println(
        "| benchmark | SDK median | baseline median | time × | (mean ×) | SDK alloc | baseline alloc | alloc × |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
    boolean allMet = true;
    for (Map.Entry<String, Pair> entry : pairs.entrySet()) {
      Pair pair = entry.getValue();
      if (pair.sdk == null || pair.baseline == null) {
        out.printf("| %s | (unpaired) | | | | | | |%n", entry.getKey());
        allMet = false;
        continue;
      }
      boolean call = entry.getKey().startsWith("UpdateCall");
      double time = pair.sdk.median / pair.baseline.median;
      double meanTime = pair.sdk.mean / pair.baseline.mean;
      double meanError = meanTime * Math.hypot(rel(pair.sdk), rel(pair.baseline));
      double alloc = pair.sdk.alloc / pair.baseline.alloc;
      String timeMark = call ? mark(time <= TIME_TARGET) : "";
      String allocMark = call ? mark(alloc <= ALLOC_TARGET) : "";
      if (call) {
        allMet &= time <= TIME_TARGET && alloc <= ALLOC_TARGET;
      }
      out.printf(
          Locale.ROOT,
          "| %s | %.2f %s | %.2f %s | %.3f%s | (%.3f ± %.3f) | %s | %s | %s%s |%n",
          entry.getKey(),
          pair.sdk.median,
          pair.sdk.unit,
          pair.baseline.median,
          pair.baseline.unit,
          time,
          timeMark,
          meanTime,
          meanError,
          bytes(pair.sdk.alloc),
          bytes(pair.baseline.alloc),
          Double.isNaN(alloc) ? "n/a" : String.format(Locale.ROOT, "%.3f", alloc),
          allocMark);
    }
    out.printf(
        Locale.ROOT,
        "%nTime is per call (JMH sample mode); the ratio is of medians, which a shared machine's"
            + " stalls skew less than means (the ratio of means ± its error is in brackets). Allocation is"
            + " gc.alloc.rate.norm.%nTargets for the UpdateCall rows: time ≤ %.2f×, allocation ≤ %.2f× (✓ met, ✗ not met);"
            + " the other rows are informational.%n",
        TIME_TARGET,
        ALLOC_TARGET);

    if (cold != null) {
      out.println();
      out.printf(
          "Cold start (fresh JVM → first completed call; median of %d runs each)%n%n",
          cold.path("runs").asInt());
      out.println(
          "| vendor | SDK ms | baseline ms | time × | SDK classes | baseline classes | classes × |");
      out.println("|---|---:|---:|---:|---:|---:|---:|");
      for (Map.Entry<String, JsonNode> vendor : cold.path("vendors").properties()) {
        JsonNode sdk = vendor.getValue().path("sdk");
        JsonNode baseline = vendor.getValue().path("baseline");
        double time =
            sdk.path("medianMillis").asDouble() / baseline.path("medianMillis").asDouble();
        double classes = sdk.path("classes").asDouble() / baseline.path("classes").asDouble();
        allMet &= time <= COLD_TARGET;
        out.printf(
            Locale.ROOT,
            "| %s | %.0f | %.0f | %.3f%s | %d | %d | %.3f |%n",
            vendor.getKey(),
            sdk.path("medianMillis").asDouble(),
            baseline.path("medianMillis").asDouble(),
            time,
            mark(time <= COLD_TARGET),
            sdk.path("classes").asLong(),
            baseline.path("classes").asLong(),
            classes);
      }
      out.printf(
          Locale.ROOT, "%nTarget: cold start ≤ %.2f× (classes are informational).%n", COLD_TARGET);
    }
    out.println();
    out.println(allMet ? "All targets met." : "Some targets NOT met (✗).");
  }

  private static double rel(Score score) {
    return Double.isNaN(score.error) ? 0 : score.error / score.mean;
  }

  private static String mark(boolean met) {
    return met ? " ✓" : " ✗";
  }

  private static String bytes(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,.0f B", value);
  }

  private static final class Pair {
    Score sdk;
    Score baseline;
  }

  private record Score(double median, double mean, double error, String unit, double alloc) {}
}
