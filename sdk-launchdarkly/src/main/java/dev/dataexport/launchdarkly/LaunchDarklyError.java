package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Json;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A LaunchDarkly error body, {@code {"code", "message", "id"}}, read from a failed call; the {@code
 * id} is what LaunchDarkly support asks for. Immutable.
 *
 * @param code the error code, or null
 * @param message the human-readable message, or null
 * @param id the error's unique id, or null
 */
public record LaunchDarklyError(LaunchDarklyErrorCode code, String message, String id) {
  /**
   * The error body of {@code exception}; empty when the body was not LaunchDarkly's JSON error
   * shape.
   */
  public static Optional<LaunchDarklyError> from(ApiException exception) {
    Objects.requireNonNull(exception, "exception");
    try {
      JsonNode body = Json.mapper().readTree(exception.body());
      if (body == null || !body.isObject()) {
        return Optional.empty();
      }
      String code = body.path("code").textValue();
      return Optional.of(
          new LaunchDarklyError(
              code == null ? null : LaunchDarklyErrorCode.of(code),
              body.path("message").textValue(),
              body.path("id").textValue()));
    } catch (IOException notJson) {
      return Optional.empty();
    }
  }

  /** The error code. */
  public Optional<LaunchDarklyErrorCode> errorCode() {
    return Optional.ofNullable(code);
  }

  /** The error id. */
  public Optional<String> errorId() {
    return Optional.ofNullable(id);
  }
}
