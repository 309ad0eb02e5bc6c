package dev.dataexport.prequel;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a connection test: Prequel answers a well-formed test with an envelope status of
 * {@code "success"} whatever the outcome, and puts the verdict in {@code data.status}. A failed
 * test is this value with {@link #passed()} false, never an exception; exceptions are kept for
 * requests Prequel refused (a 4xx, a 5xx). Immutable and thread-safe.
 */
@Value.Immutable
public interface ConnectionTest {
  /**
   * The verdict (open enum): {@link ConnectionTestStatus#SUCCESS}, {@code FAILURE} or a new one.
   */
  ConnectionTestStatus status();

  /** Prequel's message: {@code data.message} when present, else the envelope's {@code message}. */
  Optional<String> message();

  /**
   * Whether the test passed: only {@link ConnectionTestStatus#SUCCESS} counts, new verdicts do not.
   */
  default boolean passed() {
    return ConnectionTestStatus.SUCCESS.equals(status());
  }

  /** A builder, for tests and fakes (the SDK reads responses into it); not thread-safe. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConnectionTest}; not thread-safe. */
  final class Builder extends ImmutableConnectionTest.Builder {
    Builder() {}
  }
}
