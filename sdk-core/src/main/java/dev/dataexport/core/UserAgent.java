package dev.dataexport.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Builds the {@code User-Agent} header: {@code [app/version ]dataexport-java/<version> (Java <version>; <os>)}. */
final class UserAgent {
  private static final String SDK = "dataexport-java/" + SdkVersion.VALUE + " (Java "
      + System.getProperty("java.version") + "; " + System.getProperty("os.name") + ")";

  private UserAgent() {}

  static String of(String applicationName, String applicationVersion) {
    return applicationName == null ? SDK : applicationName + "/" + applicationVersion + " " + SDK;
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
