package dev.dataexport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dataexport.core.ClientOptions.LogLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The level chosen by {@code -Ddataexport.log} (the environment variable is read the same way). */
class LogLevelTest {
  private static final String PROPERTY = "dataexport.log";
  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, before);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "info, INFO",
    "INFO, INFO",
    "' Debug ', DEBUG",
    "debug, DEBUG",
    "off, OFF",
    "trace, OFF",
    "'', OFF",
    "infos, OFF"
  })
  void thePropertyChoosesTheLevelIgnoringCaseAndSpaces(String value, LogLevel expected) {
    System.setProperty(PROPERTY, value);
    assertThat(LogLevel.fromEnvironment()).isEqualTo(expected);
  }

  @Test
  void withNeitherPropertyNorVariableItIsOff() {
    assumeTrue(System.getenv("DATAEXPORT_LOG") == null);
    System.clearProperty(PROPERTY);
    assertThat(LogLevel.fromEnvironment()).isEqualTo(LogLevel.OFF);
  }
}
