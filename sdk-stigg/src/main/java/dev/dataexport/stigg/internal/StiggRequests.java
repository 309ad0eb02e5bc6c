package dev.dataexport.stigg.internal;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.CreateDestinationRequest;
import dev.dataexport.stigg.ScopedTokenRequest;
import dev.dataexport.stigg.StiggRequestOptions;
import dev.dataexport.stigg.TriggerSyncRequest;
import dev.dataexport.stigg.UpdateSelectionRequest;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link ApiRequest} of each Stigg call: method, path, the auth mode's headers, the
 * idempotency key and whether it is safe to repeat. The only place a Stigg path or retry class is
 * written; every argument is checked here, before any I/O. Not API.
 */
public final class StiggRequests {
  private static final String[] PREFIX = {"api", "v1", "data-export"};

  private StiggRequests() {}

  /**
   * {@code POST /api/v1/data-export/destinations}. Stigg's create is idempotent on {@code
   * destinationId}, so it is safe to repeat.
   */
  public static ApiRequest createDestination(
      StiggAuth auth, CreateDestinationRequest request, RequestOptions options) {
    Checks.notNull("request", request);
    checkSelection(options, request.enabledModels());
    ApiRequest.Builder builder =
        collection(HttpMethod.POST, "createDestination", "destinations")
            .jsonBody(request)
            .safeToRepeat(true);
    return finish(builder, auth, options, false);
  }

  /**
   * {@code PATCH /api/v1/data-export/destinations/{destinationId}}. The update replaces the
   * selection (repeating it gives the same result), so it is safe to repeat.
   */
  public static ApiRequest updateSelection(
      StiggAuth auth,
      String destinationId,
      UpdateSelectionRequest request,
      RequestOptions options) {
    ApiRequest.Builder builder = destination(HttpMethod.PATCH, "updateSelection", destinationId);
    Checks.notNull("request", request);
    checkSelection(options, Optional.of(request.enabledModels()));
    return finish(builder.jsonBody(request).safeToRepeat(true), auth, options, false);
  }

  /**
   * {@code DELETE /api/v1/data-export/destinations/{destinationId}}: idempotent at Stigg, so safe
   * to repeat, and a 404 on a retry after an attempt that may have deleted it is the call's
   * success.
   */
  public static ApiRequest deleteDestination(
      StiggAuth auth, String destinationId, RequestOptions options) {
    ApiRequest.Builder builder = destination(HttpMethod.DELETE, "deleteDestination", destinationId);
    Checks.notNull("options", options);
    return finish(builder.safeToRepeat(true).notFoundAfterRetryIsDone(true), auth, options, false);
  }

  /** {@code GET /api/v1/data-export/models}: a read, safe to repeat. */
  public static ApiRequest listModels(StiggAuth auth, RequestOptions options) {
    Checks.notNull("options", options);
    return finish(
        collection(HttpMethod.GET, "listModels", "models").safeToRepeat(true),
        auth,
        options,
        false);
  }

  /**
   * {@code POST /api/v1/data-export/sync}: each call may start a transfer, so it is safe to repeat
   * only with an idempotency key (sent by default).
   */
  public static ApiRequest triggerSync(
      StiggAuth auth, TriggerSyncRequest request, RequestOptions options) {
    Checks.notNull("request", request);
    Checks.notNull("options", options);
    return finish(
        collection(HttpMethod.POST, "triggerSync", "sync").jsonBody(request), auth, options, true);
  }

  /**
   * {@code POST /api/v1/data-export/scoped-token}: each call mints a new token, so it is safe to
   * repeat only with an idempotency key (sent by default).
   */
  public static ApiRequest createScopedToken(
      StiggAuth auth, ScopedTokenRequest request, RequestOptions options) {
    Checks.notNull("request", request);
    checkSelection(options, request.enabledModels());
    ApiRequest.Builder builder =
        collection(HttpMethod.POST, "createScopedToken", "scoped-token").jsonBody(request);
    return finish(builder, auth, options, true);
  }

  /**
   * {@code /api/v1/data-export/<resource>} with {@code method}, named {@code operation} for
   * listeners, metrics and traces.
   */
  private static ApiRequest.Builder collection(
      HttpMethod method, String operation, String resource) {
    return ApiRequest.builder(method)
        .operation(operation, "/api/v1/data-export/" + resource)
        .path(PREFIX)
        .path(resource);
  }

  /** {@code /api/v1/data-export/destinations/{destinationId}}; the id is checked first. */
  private static ApiRequest.Builder destination(
      HttpMethod method, String operation, String destinationId) {
    StiggChecks.text("destinationId", destinationId);
    return ApiRequest.builder(method)
        .operation(operation, "/api/v1/data-export/destinations/{destinationId}")
        .path(PREFIX)
        .path("destinations")
        .pathParam("destinationId", destinationId);
  }

  /**
   * {@code options must not be null}, and the models against the catalog the options name, if any.
   */
  private static void checkSelection(RequestOptions options, Optional<List<String>> models) {
    Checks.notNull("options", options);
    StiggSettings.checkModels(options, models);
  }

  /**
   * Adds the auth mode's headers and the idempotency key; a call with a key is safe to repeat,
   * since Stigg answers a repeated key with the first response.
   */
  private static ApiRequest finish(
      ApiRequest.Builder builder, StiggAuth auth, RequestOptions options, boolean keyByDefault) {
    auth.apply(builder, options.headers());
    Optional<String> key = StiggSettings.idempotencyKey(options, keyByDefault);
    if (key.isPresent()) {
      builder.header(StiggRequestOptions.IDEMPOTENCY_KEY_HEADER, key.get()).safeToRepeat(true);
    }
    return builder.build();
  }
}
