package dev.dataexport.prequel;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import dev.dataexport.core.errors.ApiException;
import dev.dataexport.core.spi.Checks;
import java.util.List;
import java.util.Optional;

/**
 * A Prequel error code, read with {@link #from(ApiException)} like every vendor's error code.
 * Prequel documents no error codes: its error envelope is {@code {"status": "error", "data": null,
 * "message": "..."}} and the HTTP status carries the class of error. So this type names no
 * constants; when an error envelope carries a string {@code code} (or {@code error_code}) member
 * anyway, that value is kept as an unknown code, and otherwise there is no code. Immutable and
 * thread-safe.
 */
public final class PrequelErrorCode extends OpenEnum {
  private static final Values<PrequelErrorCode> VALUES = new Values<>(PrequelErrorCode::new);

  private PrequelErrorCode(String value, boolean known) {
    super(value, known);
  }

  /** The code for a wire value; every value is kept as it is, since none is documented. */
  @JsonCreator
  public static PrequelErrorCode of(String value) {
    return VALUES.of(value);
  }

  /**
   * The code of a failed call: the {@code code} (or {@code error_code}) member of Prequel's error
   * envelope when it had one, else empty (the usual case: Prequel documents none).
   */
  public static Optional<PrequelErrorCode> from(ApiException exception) {
    Checks.notNull("exception", exception);
    return exception.errorCode().map(PrequelErrorCode::of);
  }

  /** The codes this SDK version names: none, as Prequel documents none. */
  public static List<PrequelErrorCode> knownValues() {
    return VALUES.knownValues();
  }
}
