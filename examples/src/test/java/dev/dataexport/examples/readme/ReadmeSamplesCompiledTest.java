package dev.dataexport.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every {@code java} code block in README.md must appear, line for line
 * (indentation aside), in one of the sample files of this package, which the build compiles (and
 * {@code ReadmeSamplesRunTest} runs against the fakes). Edit a sample in both places or this test
 * fails.
 */
class ReadmeSamplesCompiledTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsCompiled() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Path dir = Path.of("src", "test", "java", "dev", "dataexport", "examples", "readme");
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        all.append(Files.readString(file)).append('\n');
      }
    }
    String samples = normalize(all.toString());
    List<String> blocks = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    assertThat(blocks).as("java blocks in README.md").isNotEmpty();
    for (String block : blocks) {
      assertThat(samples)
          .as("README block mirrored in %s:%n%s", dir, block)
          .contains(normalize(block));
    }
  }

  /** Drops indentation, blank lines and trailing spaces so only the code itself is compared. */
  private static String normalize(String text) {
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
