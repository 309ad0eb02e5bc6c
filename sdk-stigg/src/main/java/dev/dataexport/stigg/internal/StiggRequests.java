package dev.dataexport.stigg.internal;

import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.stigg.UpdateSelectionRequest;

/**
 * Builds the {@link ApiRequest} of each Stigg call: method, path, the auth mode's headers and
 * whether it is safe to repeat. The only place a Stigg path or retry class is written; every
 * argument is checked here, before any I/O. Not API.
 */
public final class StiggRequests {
  private StiggRequests() {}

  /**
   * {@code PATCH /api/v1/data-export/destinations/{destinationId}}. The update replaces the
   * selection (repeating it gives the same result), so it is safe to repeat.
   */
  public static ApiRequest updateSelection(
      StiggAuth auth,
      String destinationId,
      UpdateSelectionRequest request,
      RequestOptions options) {
    StiggChecks.text("destinationId", destinationId);
    Checks.notNull("request", request);
    Checks.notNull("options", options);
    ApiRequest.Builder builder =
        ApiRequest.builder(HttpMethod.PATCH)
            .operation("updateSelection", "/api/v1/data-export/destinations/{destinationId}")
            .path("api", "v1", "data-export", "destinations")
            .pathParam("destinationId", destinationId)
            .jsonBody(request)
            .safeToRepeat(true);
    auth.apply(builder, options.headers());
    return builder.build();
  }
}
