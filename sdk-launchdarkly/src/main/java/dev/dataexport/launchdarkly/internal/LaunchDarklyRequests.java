package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.MergePatch;

/**
 * Builds the {@link ApiRequest} of each call: the one place where a path or a retry class is
 * written. Every argument is checked here, before any I/O. Not part of the public API.
 */
public final class LaunchDarklyRequests {
  private LaunchDarklyRequests() {}

  /** {@code GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}}; safe to repeat. */
  public static ApiRequest get(DestinationKey key) {
    return destination(HttpMethod.GET, key)
        .operation("getDestination", "/api/v2/destinations/{projectKey}/{environmentKey}/{id}")
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code PATCH} with a JSON Patch (wrapped with its comment, if any); safe to repeat only when
   * {@link JsonPatch#isSafeToRepeat()}.
   */
  public static ApiRequest patch(DestinationKey key, JsonPatch patch) {
    ApiRequest.Builder request = destination(HttpMethod.PATCH, key);
    request.operation(
        "patchDestination", "/api/v2/destinations/{projectKey}/{environmentKey}/{id}");
    LaunchDarklyChecks.patch(patch);
    return request.jsonBody(patch).safeToRepeat(patch.isSafeToRepeat()).build();
  }

  /** {@code PATCH} with a JSON Merge Patch (wrapped with its comment, if any); safe to repeat. */
  public static ApiRequest mergePatch(DestinationKey key, MergePatch patch) {
    ApiRequest.Builder request = destination(HttpMethod.PATCH, key);
    request.operation(
        "mergePatchDestination", "/api/v2/destinations/{projectKey}/{environmentKey}/{id}");
    LaunchDarklyChecks.mergePatch(patch);
    return request.jsonBody(patch).safeToRepeat(true).build();
  }

  private static ApiRequest.Builder destination(HttpMethod method, DestinationKey key) {
    Checks.notNull("key", key);
    return ApiRequest.builder(method)
        .path("api", "v2", "destinations")
        .pathParam("projectKey", key.projectKey())
        .pathParam("environmentKey", key.environmentKey())
        .pathParam("id", key.id());
  }
}
