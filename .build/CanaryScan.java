import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails the build when a test's output holds a canary secret: run at verify in every module as
 * {@code java .build/CanaryScan.java <module>/target/surefire-reports}, it reads each test class's
 * output file ({@code *-output.txt}, where Surefire's {@code redirectTestOutputToFile} puts
 * stdout, stderr and so the SDK's log lines) and each forked JVM's {@code *.dumpstream}.
 *
 * <p>A canary is a word containing {@code canary} in any case ({@code CANARY-1}, 8 characters, the
 * shortest a credential may be; {@code sk_canary_7f3e9a1b}): tests give every secret that must never
 * be shown such a value. Java names are not canaries: a test class named {@code Canary...Test} (a
 * capital after {@code Canary}) or a package segment {@code .canary.} in a stack trace. Exits 0
 * when no file holds one (or the folder does not exist), 1 listing each file, line and canary
 * found, 2 on bad arguments.
 */
public final class CanaryScan {
  static final Pattern CANARY =
      Pattern.compile("(?i)[a-z0-9_-]*canary[a-z0-9_-]*");

  /** {@code CanaryScanTest}, {@code dev.dataexport.core.canary.}: names, not values. */
  static final Pattern JAVA_NAME = Pattern.compile("Canary[A-Z]\\w*|(?<=\\.)canary(?=\\.)");

  private CanaryScan() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: java CanaryScan.java <surefire-reports folder>...");
      System.exit(2);
    }
    List<String> leaks = new ArrayList<>();
    int scanned = 0;
    for (String arg : args) {
      Path folder = Path.of(arg);
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(CanaryScan::isOutput).sorted().toList()) {
          scanned++;
          leaks.addAll(leaksIn(file));
        }
      }
    }
    if (!leaks.isEmpty()) {
      System.err.println(
          "[canary-scan] a canary secret reached test output (" + leaks.size() + " lines):");
      leaks.forEach(leak -> System.err.println("[canary-scan]   " + leak));
      System.exit(1);
    }
    System.out.println("[canary-scan] no canary in " + scanned + " test output files");
  }

  private static boolean isOutput(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith("-output.txt") || name.endsWith(".dumpstream");
  }

  private static List<String> leaksIn(Path file) throws IOException {
    List<String> leaks = new ArrayList<>();
    // Malformed bytes become U+FFFD instead of failing the scan: the canary is ASCII.
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = CANARY.matcher(JAVA_NAME.matcher(lines[i]).replaceAll(""));
      while (m.find()) {
        leaks.add(file.getFileName() + ":" + (i + 1) + ": " + m.group());
      }
    }
    return leaks;
  }
}
