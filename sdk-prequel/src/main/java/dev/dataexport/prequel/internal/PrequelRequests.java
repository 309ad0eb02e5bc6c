package dev.dataexport.prequel.internal;

import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.ApiRequest.HttpMethod;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.prequel.DestinationUpdate;
import dev.dataexport.prequel.ListDestinationsRequest;
import dev.dataexport.prequel.ListTransfersRequest;
import dev.dataexport.prequel.NewDestination;
import dev.dataexport.prequel.StartTransferRequest;
import java.util.Map;
import java.util.StringJoiner;
import okhttp3.HttpUrl;

/**
 * Builds the {@link ApiRequest} of each Prequel call: the only place a path or a retry class is
 * written. Arguments are checked here, before any I/O. Not part of the public API.
 */
public final class PrequelRequests {
  private static final String DESTINATIONS = "destinations";
  private static final String TRANSFERS = "transfers";

  private PrequelRequests() {}

  /** {@code GET /destinations/{destination_id}}; a read, safe to repeat. */
  public static ApiRequest getDestination(String destinationId) {
    return ApiRequest.builder(HttpMethod.GET)
        .operation("getDestination", "/destinations/{destination_id}")
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
        .operation("updateDestination", "/destinations/{destination_id}")
        .path(DESTINATIONS)
        .pathParam("destinationId", destinationId)
        .jsonBody(PrequelJson.updateBody(update))
        .safeToRepeat(true)
        .build();
  }

  /** {@code GET /destinations?page_size=n}, the first page; a read, safe to repeat. */
  public static ApiRequest listDestinations(ListDestinationsRequest request) {
    Checks.notNull("request", request);
    ApiRequest.Builder builder = ApiRequest.builder(HttpMethod.GET).path(DESTINATIONS);
    builder.operation("listDestinations", "/destinations");
    request.pageSize().ifPresent(size -> builder.query("page_size", Integer.toString(size)));
    return builder.safeToRepeat(true).build();
  }

  /**
   * {@code GET <next_url>}: the next page of any list, on the base URL's origin and path only (the
   * API key never leaves it); a read, safe to repeat.
   *
   * @throws IllegalArgumentException when {@code nextUrl} points elsewhere or is no URL
   */
  public static ApiRequest nextPage(HttpUrl baseUrl, String nextUrl) {
    return ApiRequest.builder(HttpMethod.GET)
        .operation("nextPage", "/{next_url}")
        .link(baseUrl, "next_url", nextUrl)
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code POST /destinations} with {@code {"destination": destination}}; not idempotent (a repeat
   * may create a second destination), so it is retried only where it cannot have reached Prequel.
   */
  public static ApiRequest createDestination(NewDestination destination) {
    Checks.notNull("destination", destination);
    return ApiRequest.builder(HttpMethod.POST)
        .operation("createDestination", "/destinations")
        .path(DESTINATIONS)
        .jsonBody(PrequelJson.destinationBody(destination))
        .build();
  }

  /**
   * {@code DELETE /destinations/{destination_id}}; safe to repeat, and a 404 that answers a retry
   * after an attempt that may have deleted it is the call's success.
   */
  public static ApiRequest deleteDestination(String destinationId) {
    return ApiRequest.builder(HttpMethod.DELETE)
        .operation("deleteDestination", "/destinations/{destination_id}")
        .path(DESTINATIONS)
        .pathParam("destinationId", PrequelChecks.destinationId(destinationId))
        .safeToRepeat(true)
        .notFoundAfterRetryIsDone(true)
        .build();
  }

  /**
   * {@code POST /test-destination} with {@code {"destination": destination}}; safe to repeat, since
   * a test changes nothing.
   */
  public static ApiRequest testNewDestination(NewDestination destination) {
    Checks.notNull("destination", destination);
    return ApiRequest.builder(HttpMethod.POST)
        .operation("testNewDestination", "/test-destination")
        .path("test-destination")
        .jsonBody(PrequelJson.destinationBody(destination))
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code POST /destinations/{destination_id}/test-connection} with {@code {"destination": {}}}:
   * the saved configuration as it is; safe to repeat, since a test changes nothing.
   */
  public static ApiRequest testDestination(String destinationId) {
    return testConnection(PrequelChecks.destinationId(destinationId), Map.of());
  }

  /**
   * {@code POST /destinations/{destination_id}/test-connection} with {@code {"destination":
   * changes}}, laid over the saved configuration; safe to repeat, since a test changes nothing.
   */
  public static ApiRequest testDestination(String destinationId, DestinationUpdate changes) {
    PrequelChecks.destinationId(destinationId);
    return testConnection(destinationId, Checks.notNull("changes", changes));
  }

  private static ApiRequest testConnection(String destinationId, Object changes) {
    return ApiRequest.builder(HttpMethod.POST)
        .path(DESTINATIONS)
        .pathParam("destinationId", destinationId)
        .path("test-connection")
        .operation("testDestination", "/destinations/{destination_id}/test-connection")
        .jsonBody(PrequelJson.destinationBody(changes))
        .safeToRepeat(true)
        .build();
  }

  /**
   * {@code POST /destinations/{destination_id}/transfer}; not idempotent (each call may start a
   * transfer), so it is retried only where it cannot have reached Prequel.
   */
  public static ApiRequest startTransfer(String destinationId, StartTransferRequest request) {
    PrequelChecks.destinationId(destinationId);
    Checks.notNull("request", request);
    return ApiRequest.builder(HttpMethod.POST)
        .path(DESTINATIONS)
        .pathParam("destinationId", destinationId)
        .path("transfer")
        .operation("startTransfer", "/destinations/{destination_id}/transfer")
        .jsonBody(request)
        .build();
  }

  /** {@code GET /transfers/{transfer_id}}; a read, safe to repeat. */
  public static ApiRequest getTransfer(String transferId) {
    return ApiRequest.builder(HttpMethod.GET)
        .path(TRANSFERS)
        .pathParam("transferId", PrequelChecks.transferId(transferId))
        .operation("getTransfer", "/transfers/{transfer_id}")
        .safeToRepeat(true)
        .build();
  }

  /** {@code GET /transfers} with the request's filters, the first page; safe to repeat. */
  public static ApiRequest listTransfers(ListTransfersRequest request) {
    Checks.notNull("request", request);
    return transferFilters(
        ApiRequest.builder(HttpMethod.GET).path(TRANSFERS).operation("listTransfers", "/transfers"),
        request);
  }

  /** {@code GET /destinations/{destination_id}/transfers}, the first page; safe to repeat. */
  public static ApiRequest listDestinationTransfers(
      String destinationId, ListTransfersRequest request) {
    PrequelChecks.destinationId(destinationId);
    Checks.notNull("request", request);
    return transferFilters(
        ApiRequest.builder(HttpMethod.GET)
            .path(DESTINATIONS)
            .pathParam("destinationId", destinationId)
            .path(TRANSFERS)
            .operation("listDestinationTransfers", "/destinations/{destination_id}/transfers"),
        request);
  }

  private static ApiRequest transferFilters(
      ApiRequest.Builder builder, ListTransfersRequest request) {
    request.status().ifPresent(status -> builder.query("status", status.value()));
    if (!request.includeTags().isEmpty()) {
      StringJoiner tags = new StringJoiner(",");
      request.includeTags().forEach((key, value) -> tags.add(key + "." + value));
      builder.query("include_tags", tags.toString());
    }
    request.endedBefore().ifPresent(at -> builder.query("ended_before", at.toString()));
    request.endedAfter().ifPresent(at -> builder.query("ended_after", at.toString()));
    request.pageSize().ifPresent(size -> builder.query("page_size", Integer.toString(size)));
    return builder.safeToRepeat(true).build();
  }
}
