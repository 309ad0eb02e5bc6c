package dev.dataexport.launchdarkly;

import dev.dataexport.launchdarkly.internal.LaunchDarklyChecks;

/**
 * The key of one destination: the project key, the environment key and the destination's id, the
 * three path parameters of {@code /api/v2/destinations/{projectKey}/{environmentKey}/{id}}. Each
 * part is checked when the key is made (not null, not blank, no control characters, not {@code .}
 * or {@code ..}) and encoded when a call puts it in the path, so any text LaunchDarkly allows is
 * safe. Immutable.
 *
 * <pre>{@code
 * DestinationKey key = DestinationKey.of("proj", "production", "dest-id");
 * }</pre>
 *
 * @param projectKey the project key
 * @param environmentKey the environment key
 * @param id the destination's id ({@code _id})
 */
public record DestinationKey(String projectKey, String environmentKey, String id) {
  /**
   * Checks the parts.
   *
   * @throws NullPointerException {@code projectKey must not be null} (and so on)
   * @throws IllegalArgumentException {@code projectKey must not be blank} (and so on)
   */
  public DestinationKey {
    LaunchDarklyChecks.key("projectKey", projectKey);
    LaunchDarklyChecks.key("environmentKey", environmentKey);
    LaunchDarklyChecks.key("id", id);
  }

  /**
   * The key of destination {@code id} in environment {@code environmentKey} of project {@code
   * projectKey}.
   *
   * @throws NullPointerException {@code projectKey must not be null} (and so on)
   * @throws IllegalArgumentException {@code projectKey must not be blank} (and so on)
   */
  public static DestinationKey of(String projectKey, String environmentKey, String id) {
    return new DestinationKey(projectKey, environmentKey, id);
  }

  /** The key of the environment the destination belongs to. */
  public EnvironmentKey environment() {
    return new EnvironmentKey(projectKey, environmentKey);
  }

  /** {@code projectKey/environmentKey/id}, the keys as given (not encoded). */
  @Override
  public String toString() {
    return projectKey + "/" + environmentKey + "/" + id;
  }
}
