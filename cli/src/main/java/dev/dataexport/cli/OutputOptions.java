package dev.dataexport.cli;

import picocli.CommandLine.Option;

/** The {@code --output} option every command that prints a result takes. */
final class OutputOptions {
  /** The two output formats. */
  enum Format {
    /** Aligned columns for people (the default). */
    table,
    /** One JSON document for scripts. */
    json
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "table (default) or json: one JSON document on standard output.")
  private Format format = Format.table;

  /** The chosen format. */
  Format format() {
    return format;
  }
}
