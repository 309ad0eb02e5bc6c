package dev.dataexport.launchdarkly;

import dev.dataexport.launchdarkly.internal.LaunchDarklyChecks;

/**
 * The key of one environment of one project: the two path parameters of {@code
 * /api/v2/destinations/{projectKey}/{environmentKey}}, where a destination is created. Each part is
 * checked when the key is made (not null, not blank, no control characters, not {@code .} or {@code
 * ..}) and encoded when a call puts it in the path. Immutable.
 *
 * <pre>{@code
 * EnvironmentKey production = EnvironmentKey.of("proj", "production");
 * DestinationKey key = production.destination("dest-id");
 * }</pre>
 *
 * @param projectKey the project key
 * @param environmentKey the environment key
 */
public record EnvironmentKey(String projectKey, String environmentKey) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException {@code projectKey must not be null} (and so on)
   * @throws IllegalArgumentException {@code projectKey must not be blank} (and so on)
   */
  public EnvironmentKey {
    LaunchDarklyChecks.key("projectKey", projectKey);
    LaunchDarklyChecks.key("environmentKey", environmentKey);
  }

  /**
   * The key of environment {@code environmentKey} of project {@code projectKey}.
   *
   * @throws NullPointerException {@code projectKey must not be null} (and so on)
   * @throws IllegalArgumentException {@code projectKey must not be blank} (and so on)
   */
  public static EnvironmentKey of(String projectKey, String environmentKey) {
    return new EnvironmentKey(projectKey, environmentKey);
  }

  /**
   * The key of destination {@code id} in this environment.
   *
   * @throws NullPointerException {@code id must not be null}
   * @throws IllegalArgumentException {@code id must not be blank}
   */
  public DestinationKey destination(String id) {
    return new DestinationKey(projectKey, environmentKey, id);
  }

  /** {@code projectKey/environmentKey}, the keys as given (not encoded). */
  @Override
  public String toString() {
    return projectKey + "/" + environmentKey;
  }
}
