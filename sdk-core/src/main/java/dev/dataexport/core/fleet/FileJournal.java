package dev.dataexport.core.fleet;

import dev.dataexport.core.spi.Checks;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A {@link FleetJournal} in a text file, one line per finished item ({@code changed<TAB>key}, with
 * {@code %}, tab, CR and LF in keys written as {@code %25}, {@code %09}, {@code %0D}, {@code %0A}),
 * appended and handed to the operating system as each item finishes, so a crashed run loses nothing
 * it reported; {@link #openSynced} also forces each line to the disk (survives a power loss, costs
 * a disk flush per item). Opening reads the keys of earlier runs into memory; keys appended by this
 * run are not kept. A last line without its newline (a crash mid-write) is ignored, so the item is
 * simply tried again. Thread-safe; close it when the run ends.
 */
public final class FileJournal implements FleetJournal, Closeable {
  private final Path file;
  private final FileChannel channel;
  private final boolean sync;
  private final Set<String> done;

  private FileJournal(Path file, boolean sync) throws IOException {
    this.file = file;
    this.sync = sync;
    this.done = new HashSet<>();
    boolean endsInNewline = !Files.exists(file) || read(file, done);
    this.channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    if (!endsInNewline) {
      // Ends the torn line, so the next record starts on a line of its own.
      channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
    }
  }

  /**
   * Opens (or creates) the journal at {@code file}; each record is written to the operating system
   * when the item finishes.
   *
   * @throws UncheckedIOException when the file cannot be read or opened for appending
   */
  public static FileJournal open(Path file) {
    return open(file, false);
  }

  /** Like {@link #open}, and forces each record to the disk before the item counts as finished. */
  public static FileJournal openSynced(Path file) {
    return open(file, true);
  }

  private static FileJournal open(Path file, boolean sync) {
    Checks.notNull("file", file);
    try {
      return new FileJournal(file, sync);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the fleet journal " + file, e);
    }
  }

  /** The number of items earlier runs finished, as read when the journal was opened. */
  public synchronized int doneBefore() {
    return done.size();
  }

  @Override
  public synchronized boolean isDone(String key) {
    return done.contains(key);
  }

  @Override
  public synchronized void finished(String key, ItemOutcome.Status status) {
    Checks.notNull("key", key);
    Checks.notNull("status", status);
    byte[] line =
        (status.name().toLowerCase(Locale.ROOT) + '\t' + escape(key) + '\n')
            .getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (sync) {
        channel.force(false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the fleet journal " + file, e);
    }
  }

  /** Closes the file. */
  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the fleet journal " + file, e);
    }
  }

  @Override
  public String toString() {
    return "FileJournal{" + file + "}";
  }

  /** Adds the key of every complete line to {@code keys}; whether the file ends in a newline. */
  private static boolean read(Path file, Set<String> keys) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        if (b != '\n') {
          line.write(b);
          continue;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        int tab = text.indexOf('\t');
        if (tab > 0 && tab < text.length() - 1) {
          keys.add(unescape(text.substring(tab + 1)));
        }
      }
    }
    return line.size() == 0;
  }

  static String escape(String key) {
    StringBuilder out = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      String replacement =
          c == '%' ? "%25" : c == '\t' ? "%09" : c == '\r' ? "%0D" : c == '\n' ? "%0A" : null;
      if (replacement != null && out == null) {
        out = new StringBuilder(key.length() + 8).append(key, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? key : out.toString();
  }

  static String unescape(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        // Only %25, %09, %0D and %0A are ever written; anything else is kept as it is.
        int value =
            Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16);
        if (value == '%' || value == '\t' || value == '\r' || value == '\n') {
          out.append((char) value);
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
