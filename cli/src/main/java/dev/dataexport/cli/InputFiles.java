package dev.dataexport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.Secret;
import dev.dataexport.core.spi.Json;
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

  /** The JSON document in {@code name}; the message names the file and the position, not text. */
  static JsonNode json(String name, String option) {
    String text = read(name, option);
    try {
      JsonNode node = Json.mapper().readTree(text);
      if (node == null || node.isMissingNode()) {
        throw new CliInputException(option + " " + name + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      // The location only: the file may hold secrets, so none of its text is echoed.
      throw new CliInputException(
          option
              + " "
              + name
              + " is not JSON (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ")",
          e);
    }
  }

  /**
   * The first line of {@code file} as a {@link Secret}: a credential or config secret is read from
   * a file, never taken as an argument. The message names the file, never its content.
   */
  static Secret secretLine(Path file, String option) {
    try {
      String firstLine =
          Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
      if (firstLine.isEmpty()) {
        throw new CliInputException(option + " " + file + " is empty");
      }
      return Secret.of(firstLine);
    } catch (IOException e) {
      throw new CliInputException("cannot read " + option + " " + file + ": " + e, e);
    }
  }
}
