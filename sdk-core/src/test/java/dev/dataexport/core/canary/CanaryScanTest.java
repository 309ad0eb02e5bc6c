package dev.dataexport.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's canary scan itself (.build/CanaryScan.java, run at verify on every module's
 * surefire-reports): it fails on a canary in any test output file and passes otherwise. Each case
 * runs the real program in its own JVM, as the build does.
 */
class CanaryScanTest {
  private static final Path SCANNER = Path.of("..", ".build", "CanaryScan.java");

  private static final String CANARY = "CANARY-1";

  @TempDir static Path classes;
  @TempDir Path reports;
  @TempDir Path work;

  private record Run(int exitCode, String out, String err) {}

  /** Compiled once: launching the source file compiles it on every run, seconds on a busy box. */
  @BeforeAll
  static void compile() {
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), SCANNER.toString());
    assertThat(status).as("javac of " + SCANNER).isZero();
  }

  private Run scan(String... folders) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", classes.toString(), "CanaryScan"));
    command.addAll(List.of(folders));
    Path out = work.resolve("scan.out");
    Path err = work.resolve("scan.err");
    // Into files, not this test's output: the scan of this module would find the canary there.
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(reports.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void cleanOutputPassesAndSaysHowManyFilesItRead() throws Exception {
    write(
        "dev.example.ATest-output.txt",
        "X-API-KEY: ****\n"
            + "\tat dev.dataexport.core.canary.CanaryScanTest.scan(CanaryScanTest.java:42)\n"
            + "a clean line\n");
    write("dev.example.BTest-okhttp5-output.txt", "");
    // Only output files are read: a report that names the canary (say, a test's source) is not one.
    write("TEST-dev.example.ATest.xml", "<testcase name=\"" + CANARY + "\"/>");
    write("dev.example.ATest.txt", CANARY);

    Run run = scan(reports.toString(), reports.resolve("missing").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("[canary-scan] no canary in 2 test output files");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aCanaryInAnyOutputFileFailsNamingTheFileAndLine() throws Exception {
    write("dev.example.ATest-output.txt", "fine\n");
    write(
        "dev.example.BTest-output.txt",
        "line one\r\n12:00:01 FINE dev.dataexport.http X-API-KEY: " + CANARY + "\n");
    write("2026-01-01T00-00-00_1-jvmRun1.dumpstream", "Corrupted stdin stream: sk_" + CANARY);
    write("dev.example.CTest-output.txt", "token=sk_canary_7f3e9a1b in CanaryScanTest\n");

    Run run = scan(reports.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("a canary secret reached test output (3 lines)")
        .contains("dev.example.CTest-output.txt:1: sk_canary_7f3e9a1b")
        .contains("dev.example.BTest-output.txt:2: " + CANARY)
        .contains("2026-01-01T00-00-00_1-jvmRun1.dumpstream:1: sk_" + CANARY)
        .doesNotContain("ATest");
  }

  @Test
  void noFolderIsAUsageError() throws Exception {
    Run run = scan();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("usage: java CanaryScan.java");
  }
}
