package dev.dataexport.core;

import java.util.Locale;

/**
 * How much the SDK logs through {@link System.Logger} (logger {@code dev.dataexport.http}). Default
 * {@link #OFF}, unless the system property {@code dataexport.log} or the environment variable
 * {@code DATAEXPORT_LOG} says {@code info} or {@code debug}; your logging backend's own level still
 * filters the lines.
 */
public enum LogLevel {
  /** Nothing is logged. */
  OFF,
  /** One line per call at INFO: method, path, status, attempts, duration. */
  INFO,
  /** The INFO line plus, at DEBUG, headers and bodies with credentials and secret fields masked. */
  DEBUG;

  /** The level chosen by {@code dataexport.log} / {@code DATAEXPORT_LOG}, or {@link #OFF}. */
  public static LogLevel fromEnvironment() {
    String value = System.getProperty("dataexport.log");
    if (value == null) {
      value = System.getenv("DATAEXPORT_LOG");
    }
    if (value == null) {
      return OFF;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "info":
        return INFO;
      case "debug":
        return DEBUG;
      default:
        return OFF;
    }
  }
}
