package dev.dataexport.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/** A missing or malformed property fails start-up naming the property, never the value. */
class InvalidPropertyTest {
  static final String CANARY = "CANARY-secret-123";

  final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(DataExportAutoConfiguration.class));

  @Test
  void aMissingCredentialIsReportedWhenOtherPropertiesAreSet() {
    assertFails(
        "dataexport.stigg.api-key",
        "it is not set",
        "dataexport.stigg.base-url=https://api.stigg.io");
    assertFails(
        "dataexport.launchdarkly.access-token",
        "it is not set",
        "dataexport.launchdarkly.max-retries=1");
    assertFails(
        "dataexport.prequel.api-key", "it is not set", "dataexport.prequel.call-timeout=10s");
  }

  @Test
  void aBlankCredentialIsReported() {
    assertFails("dataexport.prequel.api-key", "must not be blank", "dataexport.prequel.api-key=");
    assertFails("dataexport.stigg.api-key", "must not be blank", "dataexport.stigg.api-key=   ");
  }

  @Test
  void aMalformedCredentialIsReportedWithoutItsValue() {
    for (String bad : List.of(CANARY + " ", CANARY + "\u00e9", " " + CANARY + "\t")) {
      String failure =
          assertFails(
              "dataexport.stigg.api-key", "API key must", "dataexport.stigg.api-key=" + bad);
      assertThat(failure).doesNotContain(CANARY);
    }
    String failure =
        assertFails(
            "dataexport.launchdarkly.access-token",
            "must",
            "dataexport.launchdarkly.access-token=" + CANARY + "\u0001");
    assertThat(failure).doesNotContain(CANARY);
    failure =
        assertFails(
            "dataexport.prequel.api-key",
            "at least 8 characters",
            "dataexport.prequel.api-key=CANARY");
    assertThat(failure).doesNotContain("CANARY");
  }

  @Test
  void aBaseUrlWithACredentialInItIsReportedWithoutIt() {
    String failure =
        assertFails(
            "dataexport.stigg.base-url",
            "must not contain user info",
            "dataexport.stigg.api-key=stigg-test-key-1",
            "dataexport.stigg.base-url=https://user:" + CANARY + "@api.stigg.io");
    assertThat(failure).doesNotContain(CANARY);
  }

  @Test
  void otherMalformedSettingsNameTheirProperty() {
    assertFails(
        "dataexport.prequel.base-url",
        "must use https",
        "dataexport.prequel.api-key=sk_test_key_1",
        "dataexport.prequel.base-url=http://prequel.example.com");
    assertFails(
        "dataexport.stigg.connect-timeout",
        "connectTimeout must be positive",
        "dataexport.stigg.api-key=stigg-test-key-1",
        "dataexport.stigg.connect-timeout=0s");
    assertFails(
        "dataexport.stigg.call-timeout",
        "callTimeout must be positive",
        "dataexport.stigg.api-key=stigg-test-key-1",
        "dataexport.stigg.call-timeout=-1s");
    assertFails(
        "dataexport.prequel.max-retries",
        "maxRetries",
        "dataexport.prequel.api-key=sk_test_key_1",
        "dataexport.prequel.max-retries=-1");
    assertFails(
        "dataexport.launchdarkly.api-version",
        "apiVersion must be letters and digits",
        "dataexport.launchdarkly.access-token=api-test-token-1",
        "dataexport.launchdarkly.api-version=2024-04-15");
  }

  @Test
  void theFailureAnalyzerIsRegisteredAndExplainsTheFix() throws IOException {
    List<String> registered = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = new Properties();
      try (InputStream in = url.openStream()) {
        factories.load(in);
      }
      registered.add(factories.getProperty(FailureAnalyzer.class.getName(), ""));
    }
    assertThat(registered)
        .anySatisfy(
            names ->
                assertThat(names)
                    .contains(InvalidDataExportPropertyFailureAnalyzer.class.getName()));
    runner
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new MapPropertySource(
                            "test", Map.of("dataexport.stigg.api-key", CANARY + " "))))
        .run(
            context -> {
              FailureAnalysis analysis =
                  new InvalidDataExportPropertyFailureAnalyzer()
                      .analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .isEqualTo(
                      "The property 'dataexport.stigg.api-key' is invalid: API key must not start or end with whitespace.");
              assertThat(analysis.getAction())
                  .contains("Fix 'dataexport.stigg.api-key'")
                  .contains("remove every 'dataexport.stigg.*' property");
              assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(CANARY);
            });
  }

  /**
   * Starts a context with {@code properties}, checks it failed on {@code property} with {@code
   * reason}, and returns every message and stack trace of the failure, for canary checks.
   */
  private String assertFails(String property, String reason, String... properties) {
    StringBuilder everything = new StringBuilder();
    // Verbatim, in a property source of its own: withPropertyValues would trim the values.
    Map<String, Object> values = new LinkedHashMap<>();
    for (String pair : properties) {
      int eq = pair.indexOf('=');
      values.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    runner
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test", values)))
        .run(
            context -> {
              assertThat(context).hasFailed();
              Throwable failure = context.getStartupFailure();
              InvalidDataExportPropertyException invalid = find(failure);
              assertThat(invalid.property()).isEqualTo(property);
              assertThat(invalid.reason()).contains(reason);
              assertThat(invalid.getMessage()).startsWith("Invalid property " + property + ": ");
              StringWriter trace = new StringWriter();
              failure.printStackTrace(new PrintWriter(trace));
              everything.append(trace);
              FailureAnalysis analysis =
                  new InvalidDataExportPropertyFailureAnalyzer().analyze(failure);
              everything.append(analysis.getDescription()).append(analysis.getAction());
            });
    return everything.toString();
  }

  private static InvalidDataExportPropertyException find(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidDataExportPropertyException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("no InvalidDataExportPropertyException in " + failure);
  }
}
