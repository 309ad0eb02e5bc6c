package dev.dataexport.core.errors;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What one attempt of a call ended with: an HTTP status or a transport failure. Immutable. */
public final class Attempt {
  private final int number;
  private final int status;
  private final String failure;
  private final Duration duration;

  private Attempt(int number, int status, String failure, Duration duration) {
    this.number = number;
    this.status = status;
    this.failure = failure;
    this.duration = Objects.requireNonNull(duration, "duration");
  }

  /** An attempt that received an HTTP response with {@code status}. */
  public static Attempt ofStatus(int number, int status, Duration duration) {
    return new Attempt(number, status, null, duration);
  }

  /**
   * An attempt that failed before a response, with a short description such as {@code "connect:
   * ..."}.
   */
  public static Attempt ofFailure(int number, String failure, Duration duration) {
    return new Attempt(number, -1, Objects.requireNonNull(failure, "failure"), duration);
  }

  /** The attempt number, starting at 1. */
  public int number() {
    return number;
  }

  /** The HTTP status received, or empty when the attempt failed in transport. */
  public Optional<Integer> status() {
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  /** The transport failure, or empty when a response was received. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** How long the attempt took. */
  public Duration duration() {
    return duration;
  }

  @Override
  public String toString() {
    return "#"
        + number
        + " "
        + (status >= 0 ? "HTTP " + status : failure)
        + " in "
        + duration.toMillis()
        + " ms";
  }
}
