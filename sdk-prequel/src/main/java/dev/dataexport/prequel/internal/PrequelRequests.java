package dev.dataexport.prequel.internal;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.DestinationUpdate;

/**
 * Builds the {@link ApiRequest} of each Prequel call: the only place a path or a retry class is
 * written. Arguments are checked here, before any I/O. Not part of the public API.
 */
public final class PrequelRequests {
  private static final String DESTINATIONS = "destinations";

  private PrequelRequests() {}

  /** {@code GET /destinations/{destination_id}}; a read, safe to repeat. */
  public static ApiRequest getDestination(String destinationId) {
    return ApiRequest.builder(HttpMethod.GET)
        .path(DESTINATIONS)
        .pathParam("destinationId", PrequelChecks.destinationId(destinationId))
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code PATCH /destinations/{destination_id}} with {@code {"destination": update}}; safe to
   * repeat, because an update sets state: sending it twice gives the same destination.
   */
  public static ApiRequest updateDestination(String destinationId, DestinationUpdate update) {
    PrequelChecks.destinationId(destinationId);
    Checks.notNull("update", update);
    return ApiRequest.builder(HttpMethod.PATCH)
        .path(DESTINATIONS)
        .pathParam("destinationId", destinationId)
        .jsonBody(PrequelJson.updateBody(update))
        .safeToRepeat(true)
        .build();
  }
}
