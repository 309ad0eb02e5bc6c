package dev.dataexport.launchdarkly;

import dev.dataexport.core.spi.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Which destinations of a {@link DestinationList} to keep, by project key, environment key and
 * kind; a criterion not set matches everything. LaunchDarkly's list call has no such parameters, so
 * the filter runs on the client, and a destination is placed in its project and environment by its
 * {@code self} link ({@link Destination#key()}): one without that link matches only a filter that
 * sets neither key. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Destination> kinesis = ld.destinations().list()
 *     .filter(DestinationFilter.all().project("proj").environment("production").kind(DestinationKind.KINESIS));
 * }</pre>
 */
public final class DestinationFilter {
  private static final DestinationFilter ALL = new DestinationFilter(null, null, null);

  private final String projectKey;
  private final String environmentKey;
  private final DestinationKind kind;

  private DestinationFilter(String projectKey, String environmentKey, DestinationKind kind) {
    this.projectKey = projectKey;
    this.environmentKey = environmentKey;
    this.kind = kind;
  }

  /** The filter that keeps every destination; narrow it with the methods below. */
  public static DestinationFilter all() {
    return ALL;
  }

  /**
   * This filter, keeping only destinations of project {@code projectKey}.
   *
   * @throws NullPointerException {@code projectKey must not be null}
   * @throws IllegalArgumentException {@code projectKey must not be blank}
   */
  public DestinationFilter project(String projectKey) {
    return new DestinationFilter(Checks.notBlank("projectKey", projectKey), environmentKey, kind);
  }

  /**
   * This filter, keeping only destinations of environments named {@code environmentKey} (in any
   * project unless {@link #project(String)} is set too).
   *
   * @throws NullPointerException {@code environmentKey must not be null}
   * @throws IllegalArgumentException {@code environmentKey must not be blank}
   */
  public DestinationFilter environment(String environmentKey) {
    return new DestinationFilter(
        projectKey, Checks.notBlank("environmentKey", environmentKey), kind);
  }

  /** This filter, keeping only destinations of environment {@code key} of its project. */
  public DestinationFilter environment(EnvironmentKey key) {
    Checks.notNull("key", key);
    return project(key.projectKey()).environment(key.environmentKey());
  }

  /**
   * This filter, keeping only destinations of {@code kind} (a documented kind or {@link
   * DestinationKind#of(String)} of any other).
   *
   * @throws NullPointerException {@code kind must not be null}
   */
  public DestinationFilter kind(DestinationKind kind) {
    return new DestinationFilter(projectKey, environmentKey, Checks.notNull("kind", kind));
  }

  /** Whether {@code destination} meets every criterion set. */
  public boolean matches(Destination destination) {
    Checks.notNull("destination", destination);
    if (kind != null && !destination.kind().equals(Optional.of(kind))) {
      return false;
    }
    if (projectKey == null && environmentKey == null) {
      return true;
    }
    Optional<DestinationKey> key = destination.key();
    return key.isPresent()
        && (projectKey == null || projectKey.equals(key.get().projectKey()))
        && (environmentKey == null || environmentKey.equals(key.get().environmentKey()));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DestinationFilter
        && Objects.equals(projectKey, ((DestinationFilter) other).projectKey)
        && Objects.equals(environmentKey, ((DestinationFilter) other).environmentKey)
        && Objects.equals(kind, ((DestinationFilter) other).kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projectKey, environmentKey, kind);
  }

  /** The criteria set, for logs and test failures. */
  @Override
  public String toString() {
    return "DestinationFilter{project="
        + (projectKey == null ? "*" : projectKey)
        + ", environment="
        + (environmentKey == null ? "*" : environmentKey)
        + ", kind="
        + (kind == null ? "*" : kind.value())
        + "}";
  }
}
