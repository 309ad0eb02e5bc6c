package dev.dataexport.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measures cold start: for each vendor, fresh JVMs that make one call, rotating SDK, plain baseline
 * and configured baseline ({@link ColdStartProbe#VARIANTS}). The time is taken by this process from
 * launching the JVM to reading the probe's "done" line (so it includes JVM start, class loading,
 * client construction and the first call); classes are counted from {@code -Xlog:class+load} in one
 * extra run per variant. The server runs in its own JVM, so only the client is measured. Writes a
 * JSON file for {@link ResultTable}.
 *
 * <p>Usage: {@code ColdStartRunner <out.json> [runs]} (default 7 runs per variant).
 */
public final class ColdStartRunner {
  private ColdStartRunner() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "target/coldstart.json");
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    String userAgent = ColdStartProbe.sdkUserAgent();

    Process server =
        new ProcessBuilder(java, "-cp", classpath, FixedResponseServer.class.getName())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader serverOut =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String portLine = serverOut.readLine();
      if (portLine == null || !portLine.startsWith("port=")) {
        throw new IllegalStateException("the server did not start: " + portLine);
      }
      String baseUrl = "http://127.0.0.1:" + portLine.substring("port=".length());

      ObjectMapper mapper = new ObjectMapper();
      ObjectNode result = mapper.createObjectNode();
      result.put("runs", runs);
      ObjectNode vendors = result.putObject("vendors");
      for (String vendor : ColdStartProbe.VENDORS) {
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        for (String variant : ColdStartProbe.VARIANTS) {
          nanos.put(variant, new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
          // interleaved, so drift on a shared machine hits every variant alike
          for (String variant : ColdStartProbe.VARIANTS) {
            nanos
                .get(variant)
                .add(launch(java, classpath, null, variant, vendor, baseUrl, userAgent));
          }
        }
        ObjectNode entry = vendors.putObject(vendor);
        StringBuilder line = new StringBuilder("cold start ").append(vendor);
        for (String variant : ColdStartProbe.VARIANTS) {
          entry.set(
              variant,
              variant(
                  mapper,
                  nanos.get(variant),
                  countClasses(java, classpath, variant, vendor, baseUrl, userAgent)));
          line.append(
              String.format(Locale.ROOT, " %s %.1f ms", variant, median(nanos.get(variant)) / 1e6));
        }
        System.out.println(line.append(" (median of ").append(runs).append(')'));
      }
      Files.createDirectories(out.toAbsolutePath().getParent());
      mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
    } finally {
      try (OutputStream stdin = server.getOutputStream()) {
        stdin.flush(); // closing stdin stops the server
      }
      if (!server.waitFor(5, TimeUnit.SECONDS)) {
        server.destroy();
      }
    }
  }

  private static ObjectNode variant(ObjectMapper mapper, List<Long> nanos, long classes) {
    ObjectNode node = mapper.createObjectNode();
    node.put("medianMillis", median(nanos) / 1e6);
    ArrayNode all = node.putArray("millis");
    nanos.forEach(n -> all.add(n / 1e6));
    node.put("classes", classes);
    return node;
  }

  /** Launches one probe JVM; returns the nanoseconds from launch to its "done" line. */
  private static long launch(
      String java,
      String classpath,
      String logFile,
      String side,
      String vendor,
      String baseUrl,
      String userAgent)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(java));
    if (logFile != null) {
      command.add("-Xlog:class+load=info:file=" + logFile);
    }
    command.addAll(
        List.of(
            "-cp", classpath, ColdStartProbe.class.getName(), side, vendor, baseUrl, userAgent));
    long start = System.nanoTime();
    Process probe =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8));
    String line = reader.readLine();
    long elapsed = System.nanoTime() - start;
    if (line == null || !line.startsWith("done")) {
      throw new IllegalStateException(side + " " + vendor + " probe failed: " + line);
    }
    if (!probe.waitFor(30, TimeUnit.SECONDS)) {
      probe.destroy();
      throw new IllegalStateException(side + " " + vendor + " probe did not exit");
    }
    return elapsed;
  }

  /** Counts the classes loaded up to the probe's exit (it halts right after its call). */
  private static long countClasses(
      String java, String classpath, String side, String vendor, String baseUrl, String userAgent)
      throws IOException, InterruptedException {
    File log = File.createTempFile("classload-" + side + "-" + vendor, ".log");
    try {
      launch(java, classpath, log.getAbsolutePath(), side, vendor, baseUrl, userAgent);
      try (var lines = Files.lines(log.toPath())) {
        return lines.filter(line -> line.contains("source:")).count();
      }
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }

  static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
