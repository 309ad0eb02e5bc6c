package dev.dataexport.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The items of {@code --ids-from FILE} ({@code -} for standard input): one per line, read lazily so
 * a long file is never loaded whole; blank lines and lines starting with {@code #} are skipped.
 */
final class ItemSource {
  private ItemSource() {}

  /** The lines of {@code name}, stripped, without blanks and comments; close the stream. */
  static Stream<String> lines(String name) {
    try {
      BufferedReader reader =
          name.equals("-")
              ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
              : Files.newBufferedReader(Path.of(name), StandardCharsets.UTF_8);
      return reader
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .onClose(
              () -> {
                try {
                  reader.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (IOException e) {
      throw new CliInputException("cannot read --ids-from " + name + ": " + e, e);
    }
  }
}
