package dev.dataexport.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidDataExportPropertyException} into Spring Boot's start-up report: which
 * property, which rule, and what to do, never the value.
 */
public final class InvalidDataExportPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidDataExportPropertyException> {
  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public InvalidDataExportPropertyFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, InvalidDataExportPropertyException cause) {
    String vendor = ClientFactory.vendorPrefix(cause.property());
    return new FailureAnalysis(
        "The property '" + cause.property() + "' is invalid: " + cause.reason() + ".",
        "Fix '"
            + cause.property()
            + "' (for example in application.properties or an environment variable), or remove every '"
            + vendor
            + ".*' property if this application does not use that client.",
        cause);
  }
}
