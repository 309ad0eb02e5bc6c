package dev.dataexport.prequel;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.prequel.internal.PrequelJson;
import dev.dataexport.prequel.internal.PrequelRequests;
import java.util.concurrent.CompletableFuture;

/**
 * Prequel's destination calls: list ({@code GET /destinations}, paged), create, get, update,
 * delete, and the connection tests. Reads, updates (which set state), deletes and tests are safe to
 * repeat, so transient failures are retried per the client's retry policy; a create is retried only
 * where it cannot have reached Prequel. Arguments are checked before any request; the async calls
 * throw those errors directly rather than in the future. Thread-safe.
 */
public final class Destinations {
  private final WithRawResponse raw;

  Destinations(Transport transport) {
    this.raw = new WithRawResponse(transport);
  }

  /**
   * The same calls returning {@link ApiResponse} (status, headers, request id, attempts) around the
   * value.
   */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Reads a destination.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination get(String destinationId) {
    return get(destinationId, RequestOptions.none());
  }

  /** Like {@link #get(String)} with per-call options. */
  public Destination get(String destinationId, RequestOptions options) {
    return raw.get(destinationId, options).value();
  }

  /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<Destination> getAsync(String destinationId) {
    return getAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #getAsync(String)} with per-call options. */
  public CompletableFuture<Destination> getAsync(String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(destinationId, options));
  }

  /**
   * Reads the first page of destinations; {@link Page#nextPage()} and {@link Page#autoPager()}
   * follow Prequel's {@code next_url} to the others.
   *
   * @throws NullPointerException {@code request must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Page<Destination> list(ListDestinationsRequest request) {
    return list(request, RequestOptions.none());
  }

  /** Like {@link #list(ListDestinationsRequest)} with per-call options. */
  public Page<Destination> list(ListDestinationsRequest request, RequestOptions options) {
    return raw.list(request, options).value();
  }

  /**
   * Like {@link #list(ListDestinationsRequest)} without blocking; cancelling the future cancels the
   * call.
   */
  public CompletableFuture<Page<Destination>> listAsync(ListDestinationsRequest request) {
    return listAsync(request, RequestOptions.none());
  }

  /** Like {@link #listAsync(ListDestinationsRequest)} with per-call options. */
  public CompletableFuture<Page<Destination>> listAsync(
      ListDestinationsRequest request, RequestOptions options) {
    return AsyncValues.of(raw.listAsync(request, options));
  }

  /**
   * Creates a destination and returns it as stored. Not idempotent: it is retried only where the
   * request cannot have reached Prequel (never after a 500 or a dropped connection), so a
   * destination is never created twice.
   *
   * @throws NullPointerException {@code destination must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination create(NewDestination destination) {
    return create(destination, RequestOptions.none());
  }

  /** Like {@link #create(NewDestination)} with per-call options. */
  public Destination create(NewDestination destination, RequestOptions options) {
    return raw.create(destination, options).value();
  }

  /**
   * Like {@link #create(NewDestination)} without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<Destination> createAsync(NewDestination destination) {
    return createAsync(destination, RequestOptions.none());
  }

  /** Like {@link #createAsync(NewDestination)} with per-call options. */
  public CompletableFuture<Destination> createAsync(
      NewDestination destination, RequestOptions options) {
    return AsyncValues.of(raw.createAsync(destination, options));
  }

  /**
   * Applies a partial update and returns the destination as stored afterwards.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws NullPointerException {@code update must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public Destination update(String destinationId, DestinationUpdate update) {
    return update(destinationId, update, RequestOptions.none());
  }

  /** Like {@link #update(String, DestinationUpdate)} with per-call options. */
  public Destination update(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return raw.update(destinationId, update, options).value();
  }

  /**
   * Like {@link #update(String, DestinationUpdate)} without blocking; cancelling the future cancels
   * the call.
   */
  public CompletableFuture<Destination> updateAsync(
      String destinationId, DestinationUpdate update) {
    return updateAsync(destinationId, update, RequestOptions.none());
  }

  /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
  public CompletableFuture<Destination> updateAsync(
      String destinationId, DestinationUpdate update, RequestOptions options) {
    return AsyncValues.of(raw.updateAsync(destinationId, update, options));
  }

  /**
   * Deletes a destination. Safe to repeat: a 404 that answers a retry, after an attempt that may
   * have deleted it, is success ({@link DeleteResult#wasGoneOnRetry()} says so); a 404 on the first
   * attempt is a {@code ApiException.NotFound}.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public DeleteResult delete(String destinationId) {
    return delete(destinationId, RequestOptions.none());
  }

  /** Like {@link #delete(String)} with per-call options. */
  public DeleteResult delete(String destinationId, RequestOptions options) {
    return raw.delete(destinationId, options).value();
  }

  /** Like {@link #delete(String)} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<DeleteResult> deleteAsync(String destinationId) {
    return deleteAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #deleteAsync(String)} with per-call options. */
  public CompletableFuture<DeleteResult> deleteAsync(String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.deleteAsync(destinationId, options));
  }

  /**
   * Tests a configuration before it is saved; a failed test is a {@link ConnectionTest} with {@code
   * passed()} false, not an exception.
   *
   * @throws NullPointerException {@code destination must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public ConnectionTest test(NewDestination destination) {
    return test(destination, RequestOptions.none());
  }

  /** Like {@link #test(NewDestination)} with per-call options. */
  public ConnectionTest test(NewDestination destination, RequestOptions options) {
    return raw.test(destination, options).value();
  }

  /**
   * Like {@link #test(NewDestination)} without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<ConnectionTest> testAsync(NewDestination destination) {
    return testAsync(destination, RequestOptions.none());
  }

  /** Like {@link #testAsync(NewDestination)} with per-call options. */
  public CompletableFuture<ConnectionTest> testAsync(
      NewDestination destination, RequestOptions options) {
    return AsyncValues.of(raw.testAsync(destination, options));
  }

  /**
   * Tests a saved destination's connection; a failed test is a {@link ConnectionTest} with {@code
   * passed()} false, not an exception.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public ConnectionTest testConnection(String destinationId) {
    return testConnection(destinationId, RequestOptions.none());
  }

  /** Like {@link #testConnection(String)} with per-call options. */
  public ConnectionTest testConnection(String destinationId, RequestOptions options) {
    return raw.testConnection(destinationId, options).value();
  }

  /**
   * Like {@link #testConnection(String)} without blocking; cancelling the future cancels the call.
   */
  public CompletableFuture<ConnectionTest> testConnectionAsync(String destinationId) {
    return testConnectionAsync(destinationId, RequestOptions.none());
  }

  /** Like {@link #testConnectionAsync(String)} with per-call options. */
  public CompletableFuture<ConnectionTest> testConnectionAsync(
      String destinationId, RequestOptions options) {
    return AsyncValues.of(raw.testConnectionAsync(destinationId, options));
  }

  /**
   * Tests a saved destination with {@code changes} laid over its stored configuration, without
   * saving them (for example a new password); a failed test is a value, not an exception.
   *
   * @throws IllegalArgumentException {@code destinationId must not be blank}
   * @throws NullPointerException {@code changes must not be null}
   * @throws dev.dataexport.core.errors.ApiException (a subclass per status) when Prequel reports an
   *     error
   */
  public ConnectionTest testWithChanges(String destinationId, DestinationUpdate changes) {
    return testWithChanges(destinationId, changes, RequestOptions.none());
  }

  /** Like {@link #testWithChanges(String, DestinationUpdate)} with per-call options. */
  public ConnectionTest testWithChanges(
      String destinationId, DestinationUpdate changes, RequestOptions options) {
    return raw.testWithChanges(destinationId, changes, options).value();
  }

  /**
   * Like {@link #testWithChanges(String, DestinationUpdate)} without blocking; cancelling the
   * future cancels the call.
   */
  public CompletableFuture<ConnectionTest> testWithChangesAsync(
      String destinationId, DestinationUpdate changes) {
    return testWithChangesAsync(destinationId, changes, RequestOptions.none());
  }

  /** Like {@link #testWithChangesAsync(String, DestinationUpdate)} with per-call options. */
  public CompletableFuture<ConnectionTest> testWithChangesAsync(
      String destinationId, DestinationUpdate changes, RequestOptions options) {
    return AsyncValues.of(raw.testWithChangesAsync(destinationId, changes, options));
  }

  /**
   * {@link Destinations} returning the whole {@link ApiResponse}: status, headers, request id and
   * attempts. Exactly the calls of {@link Destinations}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final PrequelCalls calls;

    private WithRawResponse(Transport transport) {
      this.calls = new PrequelCalls(transport);
    }

    /** {@code GET /destinations/{destination_id}}. */
    public ApiResponse<Destination> get(String destinationId) {
      return get(destinationId, RequestOptions.none());
    }

    /** Like {@link #get(String)} with per-call options. */
    public ApiResponse<Destination> get(String destinationId, RequestOptions options) {
      return calls.send(
          PrequelRequests.getDestination(destinationId), PrequelJson.DESTINATION, options);
    }

    /** Like {@link #get(String)} without blocking; cancelling the future cancels the call. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(String destinationId) {
      return getAsync(destinationId, RequestOptions.none());
    }

    /** Like {@link #getAsync(String)} with per-call options. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(
        String destinationId, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.getDestination(destinationId), PrequelJson.DESTINATION, options);
    }

    /** {@code GET /destinations}, the first page. */
    public ApiResponse<Page<Destination>> list(ListDestinationsRequest request) {
      return list(request, RequestOptions.none());
    }

    /** Like {@link #list(ListDestinationsRequest)} with per-call options. */
    public ApiResponse<Page<Destination>> list(
        ListDestinationsRequest request, RequestOptions options) {
      return calls.firstPage(
          PrequelRequests.listDestinations(request), PrequelJson.DESTINATION_PAGE, options);
    }

    /**
     * Like {@link #list(ListDestinationsRequest)} without blocking; cancelling the future cancels
     * the call.
     */
    public CompletableFuture<ApiResponse<Page<Destination>>> listAsync(
        ListDestinationsRequest request) {
      return listAsync(request, RequestOptions.none());
    }

    /** Like {@link #listAsync(ListDestinationsRequest)} with per-call options. */
    public CompletableFuture<ApiResponse<Page<Destination>>> listAsync(
        ListDestinationsRequest request, RequestOptions options) {
      return calls.firstPageAsync(
          PrequelRequests.listDestinations(request), PrequelJson.DESTINATION_PAGE, options);
    }

    /** {@code POST /destinations} with {@code {"destination": destination}}. */
    public ApiResponse<Destination> create(NewDestination destination) {
      return create(destination, RequestOptions.none());
    }

    /** Like {@link #create(NewDestination)} with per-call options. */
    public ApiResponse<Destination> create(NewDestination destination, RequestOptions options) {
      return calls.send(
          PrequelRequests.createDestination(destination), PrequelJson.DESTINATION, options);
    }

    /**
     * Like {@link #create(NewDestination)} without blocking; cancelling the future cancels the
     * call.
     */
    public CompletableFuture<ApiResponse<Destination>> createAsync(NewDestination destination) {
      return createAsync(destination, RequestOptions.none());
    }

    /** Like {@link #createAsync(NewDestination)} with per-call options. */
    public CompletableFuture<ApiResponse<Destination>> createAsync(
        NewDestination destination, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.createDestination(destination), PrequelJson.DESTINATION, options);
    }

    /** {@code PATCH /destinations/{destination_id}} with {@code {"destination": update}}. */
    public ApiResponse<Destination> update(String destinationId, DestinationUpdate update) {
      return update(destinationId, update, RequestOptions.none());
    }

    /** Like {@link #update(String, DestinationUpdate)} with per-call options. */
    public ApiResponse<Destination> update(
        String destinationId, DestinationUpdate update, RequestOptions options) {
      return calls.send(
          PrequelRequests.updateDestination(destinationId, update),
          PrequelJson.DESTINATION,
          options);
    }

    /**
     * Like {@link #update(String, DestinationUpdate)} without blocking; cancelling the future
     * cancels the call.
     */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        String destinationId, DestinationUpdate update) {
      return updateAsync(destinationId, update, RequestOptions.none());
    }

    /** Like {@link #updateAsync(String, DestinationUpdate)} with per-call options. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        String destinationId, DestinationUpdate update, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.updateDestination(destinationId, update),
          PrequelJson.DESTINATION,
          options);
    }

    /** {@code DELETE /destinations/{destination_id}}. */
    public ApiResponse<DeleteResult> delete(String destinationId) {
      return delete(destinationId, RequestOptions.none());
    }

    /** Like {@link #delete(String)} with per-call options. */
    public ApiResponse<DeleteResult> delete(String destinationId, RequestOptions options) {
      return calls.send(
          PrequelRequests.deleteDestination(destinationId), PrequelJson.DELETION, options);
    }

    /** Like {@link #delete(String)} without blocking; cancelling the future cancels the call. */
    public CompletableFuture<ApiResponse<DeleteResult>> deleteAsync(String destinationId) {
      return deleteAsync(destinationId, RequestOptions.none());
    }

    /** Like {@link #deleteAsync(String)} with per-call options. */
    public CompletableFuture<ApiResponse<DeleteResult>> deleteAsync(
        String destinationId, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.deleteDestination(destinationId), PrequelJson.DELETION, options);
    }

    /** {@code POST /test-destination} with {@code {"destination": destination}}. */
    public ApiResponse<ConnectionTest> test(NewDestination destination) {
      return test(destination, RequestOptions.none());
    }

    /** Like {@link #test(NewDestination)} with per-call options. */
    public ApiResponse<ConnectionTest> test(NewDestination destination, RequestOptions options) {
      return calls.send(
          PrequelRequests.testNewDestination(destination), PrequelJson.CONNECTION_TEST, options);
    }

    /**
     * Like {@link #test(NewDestination)} without blocking; cancelling the future cancels the call.
     */
    public CompletableFuture<ApiResponse<ConnectionTest>> testAsync(NewDestination destination) {
      return testAsync(destination, RequestOptions.none());
    }

    /** Like {@link #testAsync(NewDestination)} with per-call options. */
    public CompletableFuture<ApiResponse<ConnectionTest>> testAsync(
        NewDestination destination, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.testNewDestination(destination), PrequelJson.CONNECTION_TEST, options);
    }

    /**
     * {@code POST /destinations/{destination_id}/test-connection} with {@code {"destination": {}}}.
     */
    public ApiResponse<ConnectionTest> testConnection(String destinationId) {
      return testConnection(destinationId, RequestOptions.none());
    }

    /** Like {@link #testConnection(String)} with per-call options. */
    public ApiResponse<ConnectionTest> testConnection(
        String destinationId, RequestOptions options) {
      return calls.send(
          PrequelRequests.testDestination(destinationId), PrequelJson.CONNECTION_TEST, options);
    }

    /**
     * Like {@link #testConnection(String)} without blocking; cancelling the future cancels the
     * call.
     */
    public CompletableFuture<ApiResponse<ConnectionTest>> testConnectionAsync(
        String destinationId) {
      return testConnectionAsync(destinationId, RequestOptions.none());
    }

    /** Like {@link #testConnectionAsync(String)} with per-call options. */
    public CompletableFuture<ApiResponse<ConnectionTest>> testConnectionAsync(
        String destinationId, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.testDestination(destinationId), PrequelJson.CONNECTION_TEST, options);
    }

    /**
     * {@code POST /destinations/{destination_id}/test-connection} with {@code {"destination":
     * changes}}.
     */
    public ApiResponse<ConnectionTest> testWithChanges(
        String destinationId, DestinationUpdate changes) {
      return testWithChanges(destinationId, changes, RequestOptions.none());
    }

    /** Like {@link #testWithChanges(String, DestinationUpdate)} with per-call options. */
    public ApiResponse<ConnectionTest> testWithChanges(
        String destinationId, DestinationUpdate changes, RequestOptions options) {
      return calls.send(
          PrequelRequests.testDestination(destinationId, changes),
          PrequelJson.CONNECTION_TEST,
          options);
    }

    /**
     * Like {@link #testWithChanges(String, DestinationUpdate)} without blocking; cancelling the
     * future cancels the call.
     */
    public CompletableFuture<ApiResponse<ConnectionTest>> testWithChangesAsync(
        String destinationId, DestinationUpdate changes) {
      return testWithChangesAsync(destinationId, changes, RequestOptions.none());
    }

    /** Like {@link #testWithChangesAsync(String, DestinationUpdate)} with per-call options. */
    public CompletableFuture<ApiResponse<ConnectionTest>> testWithChangesAsync(
        String destinationId, DestinationUpdate changes, RequestOptions options) {
      return calls.sendAsync(
          PrequelRequests.testDestination(destinationId, changes),
          PrequelJson.CONNECTION_TEST,
          options);
    }
  }
}
