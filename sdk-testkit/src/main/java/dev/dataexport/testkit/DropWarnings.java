package dev.dataexport.testkit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Keeps the warning MockWebServer logs for each connection a fake drops on purpose ({@code <server>
 * connection from /127.0.0.1 didn't make a request}) out of the user's test output: exactly one
 * such warning per {@link Fault#dropConnection()} given, for that fake's server only; every other
 * record, of any server, still passes. Thread-safe.
 */
final class DropWarnings {
  private static final String SUFFIX = " didn't make a request";

  /**
   * The loggers MockWebServer writes to: its own in OkHttp 4, and in OkHttp 5 (where the {@code
   * okhttp3.mockwebserver} classes delegate) the {@code mockwebserver3} one. Held strongly: {@code
   * java.util.logging} holds loggers weakly, and a collected logger would lose the filter.
   */
  static final List<Logger> LOGGERS =
      List.of(
          Logger.getLogger(MockWebServer.class.getName()),
          Logger.getLogger("mockwebserver3.MockWebServer"));

  /** Warnings still to drop, by the server's name as MockWebServer prints it. */
  private static final Map<String, AtomicInteger> EXPECTED = new ConcurrentHashMap<>();

  static {
    for (Logger logger : LOGGERS) {
      Filter previous = logger.getFilter();
      logger.setFilter(
          record -> !isExpectedDrop(record) && (previous == null || previous.isLoggable(record)));
    }
  }

  private DropWarnings() {}

  /** Called just before {@code server} drops one connection on purpose. */
  static void expectOne(MockWebServer server) {
    EXPECTED.computeIfAbsent(server.toString(), name -> new AtomicInteger()).incrementAndGet();
  }

  /** Called when {@code server} stops: nothing more is dropped for it. */
  static void forget(MockWebServer server) {
    EXPECTED.remove(server.toString());
  }

  private static boolean isExpectedDrop(LogRecord record) {
    String message = record.getMessage();
    if (record.getLevel() != Level.WARNING || message == null || !message.endsWith(SUFFIX)) {
      return false;
    }
    int end = message.indexOf(" connection from ");
    AtomicInteger left = end < 0 ? null : EXPECTED.get(message.substring(0, end));
    return left != null && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }
}
