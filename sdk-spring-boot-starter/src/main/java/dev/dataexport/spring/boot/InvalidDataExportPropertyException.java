package dev.dataexport.spring.boot;

import java.util.Objects;

/**
 * A {@code dataexport.*} property that is missing or malformed, found while the client beans are
 * created at start-up. Its message names the property and the rule, never the value.
 */
public final class InvalidDataExportPropertyException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String property;
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param property the full property name, for example {@code dataexport.stigg.api-key}
   * @param reason the rule broken, in words that never contain the value
   * @param cause the SDK's own exception, whose message never contains a credential
   */
  InvalidDataExportPropertyException(String property, String reason, Throwable cause) {
    super("Invalid property " + property + ": " + reason, cause);
    this.property = Objects.requireNonNull(property, "property");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The full name of the property, for example {@code dataexport.stigg.api-key}. */
  public String property() {
    return property;
  }

  /** The rule the value broke (never the value itself). */
  public String reason() {
    return reason;
  }
}
