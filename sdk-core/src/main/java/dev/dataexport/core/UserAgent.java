package dev.dataexport.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Builds the {@code User-Agent} header: {@code [app/version ]dataexport-java/<version> (Java
 * <version>; <os>)}.
 */
final class UserAgent {
  private static final String SDK =
      "dataexport-java/"
          + SdkVersion.VALUE
          + " (Java "
          + printable(System.getProperty("java.version"))
          + "; "
          + printable(System.getProperty("os.name"))
          + ")";

  private UserAgent() {}

  static String of(String applicationName, String applicationVersion) {
    return applicationName == null ? SDK : applicationName + "/" + applicationVersion + " " + SDK;
  }

  /**
   * Replaces what OkHttp refuses in a header value, so an exotic system property cannot break every
   * call.
   */
  static String printable(String value) {
    if (value == null) {
      return "unknown";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c >= 0x20 && c <= 0x7e ? c : '?');
    }
    return out.toString();
  }

  /** The SDK version, read once from the resource Maven fills in at build time. */
  static final class SdkVersion {
    static final String VALUE = read();

    private SdkVersion() {}

    private static String read() {
      try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
