package dev.dataexport.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file an option names, {@code -} meaning standard input. */
final class InputFiles {
  private InputFiles() {}

  /** The whole text of {@code name}, or of standard input for {@code -}. */
  static String read(String name, String option) {
    try {
      if (name.equals("-")) {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(name), StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new CliInputException("cannot read " + option + " " + name + ": " + e, e);
    }
  }
}
