package dev.dataexport.launchdarkly;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dataexport.core.OpenEnum;
import java.util.List;

/**
 * Whether a policy statement of an {@link AccessReason} allows or denies: {@code allow} and {@code
 * deny} are constants, any other value is kept as an unknown one. Immutable and thread-safe.
 */
public final class AccessEffect extends OpenEnum {
  private static final Values<AccessEffect> VALUES = new Values<>(AccessEffect::new);

  /** The statement allows the actions. */
  public static final AccessEffect ALLOW = VALUES.known("allow");

  /** The statement denies the actions. */
  public static final AccessEffect DENY = VALUES.known("deny");

  private AccessEffect(String value, boolean known) {
    super(value, known);
  }

  /**
   * The effect for a wire value: a constant when known, otherwise an unknown value that keeps it.
   */
  @JsonCreator
  public static AccessEffect of(String value) {
    return VALUES.of(value);
  }

  /** The documented effects, in the spec's order. */
  public static List<AccessEffect> knownValues() {
    return VALUES.knownValues();
  }
}
