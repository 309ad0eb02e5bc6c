package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.internal.LaunchDarklyJson;
import java.util.List;
import java.util.Optional;

/**
 * The {@code code} of a LaunchDarkly error body ({@code {"code", "message", "id"}}). Documented
 * codes are constants; any other code is kept as an unknown value. Immutable and thread-safe.
 *
 * <p>The three members of the body are reached from the exception: the code with {@link
 * #from(ApiException)}, the message with {@link ApiException#errorMessage()}, and the error's
 * unique id, which LaunchDarkly support asks for, with {@link #errorId(ApiException)}.
 */
public final class LaunchDarklyErrorCode extends OpenEnum {
  private static final Values<LaunchDarklyErrorCode> VALUES =
      new Values<>(LaunchDarklyErrorCode::new);

  /** 400: the request cannot be understood (bad JSON, invalid patch, validation failure). */
  public static final LaunchDarklyErrorCode INVALID_REQUEST = VALUES.known("invalid_request");

  /** 401: the access token is missing or invalid. */
  public static final LaunchDarklyErrorCode UNAUTHORIZED = VALUES.known("unauthorized");

  /** 403: the token may not perform this action on this resource. */
  public static final LaunchDarklyErrorCode FORBIDDEN = VALUES.known("forbidden");

  /** 404: no such project, environment or destination. */
  public static final LaunchDarklyErrorCode NOT_FOUND = VALUES.known("not_found");

  /** 405: the method is not allowed on this resource. */
  public static final LaunchDarklyErrorCode METHOD_NOT_ALLOWED = VALUES.known("method_not_allowed");

  /** 409: a concurrent change won; re-read and try again. */
  public static final LaunchDarklyErrorCode OPTIMISTIC_LOCKING_ERROR =
      VALUES.known("optimistic_locking_error");

  /** 422: the patch could not be applied. */
  public static final LaunchDarklyErrorCode PATCH_FAILED = VALUES.known("patch_failed");

  /** 429: a rate limit was exceeded. */
  public static final LaunchDarklyErrorCode RATE_LIMITED = VALUES.known("rate_limited");

  private LaunchDarklyErrorCode(String value, boolean known) {
    super(value, known);
  }

  /** The code for a wire value: a constant when known, otherwise an unknown value that keeps it. */
  @JsonCreator
  public static LaunchDarklyErrorCode of(String value) {
    return VALUES.of(value);
  }

  /**
   * The code of a failed call, when its body had one: {@link ApiException#errorCode()} as this open
   * enum.
   */
  public static Optional<LaunchDarklyErrorCode> from(ApiException exception) {
    Checks.notNull("exception", exception);
    return exception.errorCode().map(LaunchDarklyErrorCode::of);
  }

  /**
   * The {@code id} of a failed call's error body, which LaunchDarkly support asks for; read from
   * {@link ApiException#body()} (credentials scrubbed), empty when the body had none or was not
   * LaunchDarkly's JSON error shape.
   */
  public static Optional<String> errorId(ApiException exception) {
    Checks.notNull("exception", exception);
    return LaunchDarklyJson.errorId(exception.body());
  }

  /** The documented codes. */
  public static List<LaunchDarklyErrorCode> knownValues() {
    return VALUES.knownValues();
  }
}
