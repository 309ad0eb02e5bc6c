package dev.dataexport.core.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 items in a 32 MB heap, in a JVM of its own: the input is streamed and nothing is kept per
 * item but counts (the journal only appends), or the child runs out of memory.
 */
class SmallHeapTest {
  @TempDir Path dir;

  @Test
  void aHundredThousandItemsRunInA32MegabyteHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-Xmx32m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                HundredThousandItems.class.getName(),
                dir.resolve("fleet.journal").toString())
            .redirectErrorStream(true)
            .start();
    boolean ended = child.waitFor(5, TimeUnit.MINUTES);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ended) {
      child.destroyForcibly();
    }
    assertThat(ended).as("the child finished").isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("changed=100000 failed=0 requests=100000 journal=100000 maxHeapMb=");
  }
}
