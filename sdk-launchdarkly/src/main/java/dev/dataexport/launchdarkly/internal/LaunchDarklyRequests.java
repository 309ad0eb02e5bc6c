package dev.dataexport.launchdarkly.internal;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.launchdarkly.DestinationKey;
import dev.dataexport.launchdarkly.EnvironmentKey;
import dev.dataexport.launchdarkly.JsonPatch;
import dev.dataexport.launchdarkly.MergePatch;
import dev.dataexport.launchdarkly.NewDestination;

/**
 * Builds the {@link ApiRequest} of each call: the one place where a path or a retry class is
 * written. Every argument is checked here, before any I/O. Not part of the public API.
 */
public final class LaunchDarklyRequests {
  private static final String[] DESTINATIONS = {"api", "v2", "destinations"};

  private LaunchDarklyRequests() {}

  /** {@code GET /api/v2/destinations}, every destination of the account; safe to repeat. */
  public static ApiRequest list() {
    return ApiRequest.builder(HttpMethod.GET)
        .operation("listDestinations", "/api/v2/destinations")
        .path(DESTINATIONS)
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code POST /api/v2/destinations/{projectKey}/{environmentKey}} with {@code {"name"?, "kind",
   * "config", "on"?}}. Not idempotent (LaunchDarkly sends no idempotency key, and a repeat after a
   * lost answer would meet the first one's 409), so it is retried only where it cannot have reached
   * LaunchDarkly.
   */
  public static ApiRequest create(EnvironmentKey environment, NewDestination destination) {
    Checks.notNull("environment", environment);
    Checks.notNull("destination", destination);
    return ApiRequest.builder(HttpMethod.POST)
        .operation("createDestination", "/api/v2/destinations/{projectKey}/{environmentKey}")
        .path(DESTINATIONS)
        .pathParam("projectKey", environment.projectKey())
        .pathParam("environmentKey", environment.environmentKey())
        .jsonBody(
            new Bodies.NewDestinationBody(
                destination.name().orElse(null),
                destination.kind().value(),
                destination.config(),
                destination.on().orElse(null)))
        .safeToRepeat(false)
        .build();
  }

  /**
   * {@code DELETE /api/v2/destinations/{projectKey}/{environmentKey}/{id}}; safe to repeat, and a
   * 404 that answers a retry after an attempt that may have deleted it is the call's success.
   */
  public static ApiRequest delete(DestinationKey key) {
    return destination(HttpMethod.DELETE, key)
        .operation("deleteDestination", "/api/v2/destinations/{projectKey}/{environmentKey}/{id}")
        .safeToRepeat(true)
        .notFoundAfterRetryIsDone(true)
        .build();
  }

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
        .path(DESTINATIONS)
        .pathParam("projectKey", key.projectKey())
        .pathParam("environmentKey", key.environmentKey())
        .pathParam("id", key.id());
  }
}
