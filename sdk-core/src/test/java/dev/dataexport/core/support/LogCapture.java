package dev.dataexport.core.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the SDK writes to System.Logger "dev.dataexport.http": the default LoggerFinder
 * routes it to java.util.logging, so a JUL handler on that logger sees every record.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.dataexport.http");
  private final Level previousLevel = logger.getLevel();
  private final boolean previousUseParent = logger.getUseParentHandlers();
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  public LogCapture() {
    handler.setLevel(Level.ALL);
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** Every record as a formatted message, with its level and any attached throwable. */
  public List<String> lines() {
    SimpleFormatter formatter = new SimpleFormatter();
    return records.stream()
        .map(
            r ->
                r.getLevel()
                    + " "
                    + formatter.formatMessage(r)
                    + (r.getThrown() == null ? "" : " " + r.getThrown()))
        .toList();
  }

  public List<String> messagesAt(Level level) {
    SimpleFormatter formatter = new SimpleFormatter();
    return records.stream()
        .filter(r -> r.getLevel().equals(level))
        .map(formatter::formatMessage)
        .toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
    logger.setUseParentHandlers(previousUseParent);
  }
}
