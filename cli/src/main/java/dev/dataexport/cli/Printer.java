package dev.dataexport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dataexport.core.spi.Json;
import java.util.function.Supplier;

/**
 * Writes a command's result to standard output, as a table or as one JSON document; nothing else
 * goes to standard output. JSON is written with the SDK's redacting mapper, so a secret prints
 * masked.
 */
final class Printer {
  private static final ObjectMapper JSON =
      Json.redactingMapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private Printer() {}

  /** Prints {@code value} as JSON, or the table {@code table} builds. */
  static void print(CliRuntime runtime, OutputOptions output, Object value, Supplier<Table> table) {
    if (output.format() == OutputOptions.Format.json) {
      runtime.out().println(json(value));
    } else {
      runtime.out().print(table.get().render());
    }
    runtime.out().flush();
  }

  /** The value as an indented JSON document. */
  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new java.io.UncheckedIOException(
          "cannot write the result as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
