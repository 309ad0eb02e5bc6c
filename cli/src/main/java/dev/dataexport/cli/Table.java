package dev.dataexport.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table with a header row, columns padded to their widest cell. */
final class Table {
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(String... headers) {
    this.headers = List.of(headers);
  }

  /** A table with these column headers. */
  static Table of(String... headers) {
    return new Table(headers);
  }

  /** Adds a row; {@code null} cells print as {@code -}. */
  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, had " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(Table::cell).toList());
    return this;
  }

  /** The table as lines, each ending in a newline, without trailing spaces. */
  String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, headers, widths);
    rows.forEach(row -> line(text, row, widths));
    return text.toString();
  }

  private static void line(StringBuilder text, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append("  ");
      }
      line.append(cells.get(i)).append(" ".repeat(widths[i] - cells.get(i).length()));
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  private static String cell(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof java.util.Optional<?> optional) {
      return optional.map(Table::cell).orElse("-");
    }
    if (value instanceof java.util.OptionalLong number) {
      return number.isPresent() ? Long.toString(number.getAsLong()) : "-";
    }
    if (value instanceof java.util.Collection<?> list) {
      return list.isEmpty() ? "-" : String.join(",", list.stream().map(Table::cell).toList());
    }
    // Cells are one line each, so a value with a newline cannot break the columns.
    return value.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
