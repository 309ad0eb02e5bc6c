package dev.dataexport.launchdarkly;

import dev.dataexport.core.ApiResponse;
import dev.dataexport.core.DeleteResult;
import dev.dataexport.core.RequestOptions;
import dev.dataexport.core.spi.ApiRequest;
import dev.dataexport.core.spi.Checks;
import dev.dataexport.core.spi.Transport;
import dev.dataexport.core.spi.Transport.AsyncValues;
import dev.dataexport.launchdarkly.internal.CreateConflicts;
import dev.dataexport.launchdarkly.internal.LaunchDarklyJson;
import dev.dataexport.launchdarkly.internal.LaunchDarklyRequests;
import java.util.concurrent.CompletableFuture;

/**
 * The Data Export destination calls: {@code list}, {@code create}, {@code get}, {@code patch} (JSON
 * Patch), {@code mergePatch} (JSON Merge Patch), the safe read-modify-write {@code update}, and
 * {@code delete}. A call on one destination takes its {@link DestinationKey}, {@code create} the
 * {@link EnvironmentKey} it creates in; each has a form with {@link RequestOptions}, an {@code
 * …Async} twin, and a raw-response form under {@link #withRawResponse()} (whose headers give {@link
 * LaunchDarklyRateLimit#from(ApiResponse)}). Reads, patches guarded by a version test, merge
 * patches and deletes are retried after any failure the retry policy allows; {@code create} only
 * where the request cannot have reached LaunchDarkly. An audit-log comment travels in the change
 * ({@link JsonPatch#comment()}, {@link MergePatch#comment()}, {@link DestinationChange#comment()}).
 * Every argument is checked before any I/O. Thread-safe.
 */
public final class Destinations {
  private final WithRawResponse raw;

  Destinations(Transport transport, int updateRetries) {
    this.raw = new WithRawResponse(transport, updateRetries);
  }

  /** The same calls, returning the {@link ApiResponse} with status, headers and attempts. */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Lists every destination of the account (LaunchDarkly does not page it); narrow it on the client
   * with {@link DestinationList#filter(DestinationFilter)}.
   */
  public DestinationList list() {
    return list(RequestOptions.none());
  }

  /** Lists every destination of the account with per-call options. */
  public DestinationList list(RequestOptions options) {
    return raw.list(options).value();
  }

  /** The async form of {@link #list()}; cancelling the future cancels the call. */
  public CompletableFuture<DestinationList> listAsync() {
    return listAsync(RequestOptions.none());
  }

  /** The async form of {@link #list(RequestOptions)}. */
  public CompletableFuture<DestinationList> listAsync(RequestOptions options) {
    return AsyncValues.of(raw.listAsync(options));
  }

  /**
   * Creates a destination in {@code environment} and returns it as LaunchDarkly stored it (secrets
   * obfuscated). Not idempotent (LaunchDarkly takes no idempotency key): retried only where the
   * request cannot have reached LaunchDarkly, or reached it and was not acted on (a connection that
   * failed before the request went out, a 429 or 503), never after a timeout, a dropped connection
   * or another 5xx that may have followed a success; after such an error, {@link #list()} tells
   * whether it was created.
   *
   * @throws dev.dataexport.core.errors.ApiException.Conflict when the environment already has a
   *     destination of that kind (the message says so)
   */
  public Destination create(EnvironmentKey environment, NewDestination destination) {
    return create(environment, destination, RequestOptions.none());
  }

  /** Creates a destination with per-call options. */
  public Destination create(
      EnvironmentKey environment, NewDestination destination, RequestOptions options) {
    return raw.create(environment, destination, options).value();
  }

  /** The async form of {@link #create(EnvironmentKey, NewDestination)}. */
  public CompletableFuture<Destination> createAsync(
      EnvironmentKey environment, NewDestination destination) {
    return createAsync(environment, destination, RequestOptions.none());
  }

  /** The async form of {@link #create(EnvironmentKey, NewDestination, RequestOptions)}. */
  public CompletableFuture<Destination> createAsync(
      EnvironmentKey environment, NewDestination destination, RequestOptions options) {
    return AsyncValues.of(raw.createAsync(environment, destination, options));
  }

  /**
   * Deletes a destination (LaunchDarkly answers 204). Safe to repeat: a 404 that answers a retry
   * after an attempt that may have deleted it is success, and {@link DeleteResult#wasGoneOnRetry()}
   * says so; a 404 on the first attempt is {@link
   * dev.dataexport.core.errors.ApiException.NotFound}.
   */
  public DeleteResult delete(DestinationKey key) {
    return delete(key, RequestOptions.none());
  }

  /** Deletes a destination with per-call options. */
  public DeleteResult delete(DestinationKey key, RequestOptions options) {
    return raw.delete(key, options).value();
  }

  /** The async form of {@link #delete(DestinationKey)}. */
  public CompletableFuture<DeleteResult> deleteAsync(DestinationKey key) {
    return deleteAsync(key, RequestOptions.none());
  }

  /** The async form of {@link #delete(DestinationKey, RequestOptions)}. */
  public CompletableFuture<DeleteResult> deleteAsync(DestinationKey key, RequestOptions options) {
    return AsyncValues.of(raw.deleteAsync(key, options));
  }

  /** Reads one destination. */
  public Destination get(DestinationKey key) {
    return get(key, RequestOptions.none());
  }

  /** Reads one destination with per-call options. */
  public Destination get(DestinationKey key, RequestOptions options) {
    return raw.get(key, options).value();
  }

  /** The async form of {@link #get(DestinationKey)}. */
  public CompletableFuture<Destination> getAsync(DestinationKey key) {
    return getAsync(key, RequestOptions.none());
  }

  /** The async form of {@link #get(DestinationKey, RequestOptions)}. */
  public CompletableFuture<Destination> getAsync(DestinationKey key, RequestOptions options) {
    return AsyncValues.of(raw.getAsync(key, options));
  }

  /**
   * Applies a JSON Patch and returns the updated destination. Retried after a failure that may have
   * reached the server only when {@link JsonPatch#isSafeToRepeat()}; guard it with {@code
   * test("/version", v)} to make it so.
   *
   * @throws IllegalArgumentException before any I/O for an empty patch or one that changes a
   *     read-only {@code _} field
   */
  public Destination patch(DestinationKey key, JsonPatch patch) {
    return patch(key, patch, RequestOptions.none());
  }

  /** Applies a JSON Patch with per-call options. */
  public Destination patch(DestinationKey key, JsonPatch patch, RequestOptions options) {
    return raw.patch(key, patch, options).value();
  }

  /** The async form of {@link #patch(DestinationKey, JsonPatch)}. */
  public CompletableFuture<Destination> patchAsync(DestinationKey key, JsonPatch patch) {
    return patchAsync(key, patch, RequestOptions.none());
  }

  /** The async form of {@link #patch(DestinationKey, JsonPatch, RequestOptions)}. */
  public CompletableFuture<Destination> patchAsync(
      DestinationKey key, JsonPatch patch, RequestOptions options) {
    return AsyncValues.of(raw.patchAsync(key, patch, options));
  }

  /**
   * Applies a JSON Merge Patch and returns the updated destination; always safe to retry.
   *
   * @throws IllegalArgumentException before any I/O for an empty patch, one that changes a
   *     read-only {@code _} field, or an uncommented one with a top-level {@code comment}, {@code
   *     patch} or {@code merge} member (LaunchDarkly would read it as a commented patch)
   */
  public Destination mergePatch(DestinationKey key, MergePatch patch) {
    return mergePatch(key, patch, RequestOptions.none());
  }

  /** Applies a JSON Merge Patch with per-call options. */
  public Destination mergePatch(DestinationKey key, MergePatch patch, RequestOptions options) {
    return raw.mergePatch(key, patch, options).value();
  }

  /** The async form of {@link #mergePatch(DestinationKey, MergePatch)}. */
  public CompletableFuture<Destination> mergePatchAsync(DestinationKey key, MergePatch patch) {
    return mergePatchAsync(key, patch, RequestOptions.none());
  }

  /** The async form of {@link #mergePatch(DestinationKey, MergePatch, RequestOptions)}. */
  public CompletableFuture<Destination> mergePatchAsync(
      DestinationKey key, MergePatch patch, RequestOptions options) {
    return AsyncValues.of(raw.mergePatchAsync(key, patch, options));
  }

  /**
   * The safe read-modify-write: reads the destination, builds a JSON Patch touching only the fields
   * {@code change} sets that differ (secret config members always, since they are read obfuscated;
   * nothing read is ever written back), guards it with {@code test /version}, and sends it with the
   * change's comment. When a concurrent change wins (409, or a 400/422 after which a re-read shows
   * a new version: the failed test), it re-reads and tries again, at most {@link
   * LaunchDarklyClient.Builder#updateRetries(int)} times (default 3), then throws the last error.
   * When nothing differs it sends no patch and returns the destination as read.
   *
   * @return the destination after the change
   * @throws IllegalStateException when the destination has no {@code version} to guard with
   */
  public Destination update(DestinationKey key, DestinationChange change) {
    return update(key, change, RequestOptions.none());
  }

  /**
   * {@link #update(DestinationKey, DestinationChange)} with per-call options for every call it
   * makes.
   */
  public Destination update(DestinationKey key, DestinationChange change, RequestOptions options) {
    return raw.update(key, change, options).value();
  }

  /**
   * The async form of {@link #update(DestinationKey, DestinationChange)}; cancelling the returned
   * future cancels the call in flight and sends no patch after it.
   */
  public CompletableFuture<Destination> updateAsync(DestinationKey key, DestinationChange change) {
    return updateAsync(key, change, RequestOptions.none());
  }

  /** The async form of {@link #update(DestinationKey, DestinationChange, RequestOptions)}. */
  public CompletableFuture<Destination> updateAsync(
      DestinationKey key, DestinationChange change, RequestOptions options) {
    return AsyncValues.of(raw.updateAsync(key, change, options));
  }

  /**
   * The destination calls of {@link Destinations}, overload for overload, returning the whole
   * {@link ApiResponse} (status, headers such as the rate-limit ones, request id, attempts) around
   * the value. Get it with {@link Destinations#withRawResponse()}. Thread-safe.
   */
  public static final class WithRawResponse {
    private final Transport transport;
    private final int updateRetries;

    WithRawResponse(Transport transport, int updateRetries) {
      this.transport = transport;
      this.updateRetries = updateRetries;
    }

    /** {@code GET /api/v2/destinations}. */
    public ApiResponse<DestinationList> list() {
      return list(RequestOptions.none());
    }

    /** {@link #list()} with per-call options. */
    public ApiResponse<DestinationList> list(RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.list(), LaunchDarklyJson.DESTINATION_LIST, checked(options));
    }

    /** The async form of {@link #list()}. */
    public CompletableFuture<ApiResponse<DestinationList>> listAsync() {
      return listAsync(RequestOptions.none());
    }

    /** The async form of {@link #list(RequestOptions)}. */
    public CompletableFuture<ApiResponse<DestinationList>> listAsync(RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.list(), LaunchDarklyJson.DESTINATION_LIST, checked(options));
    }

    /**
     * {@code POST /api/v2/destinations/{projectKey}/{environmentKey}}; 201 with the destination.
     * Retried only where it cannot have reached LaunchDarkly; a 409 names the kind already taken.
     */
    public ApiResponse<Destination> create(EnvironmentKey environment, NewDestination destination) {
      return create(environment, destination, RequestOptions.none());
    }

    /** {@link #create(EnvironmentKey, NewDestination)} with per-call options. */
    public ApiResponse<Destination> create(
        EnvironmentKey environment, NewDestination destination, RequestOptions options) {
      ApiRequest request = LaunchDarklyRequests.create(environment, destination);
      RequestOptions checked = checked(options);
      return CreateConflicts.explained(
          () -> transport.execute(request, LaunchDarklyJson.DESTINATION, checked),
          environment,
          destination.kind());
    }

    /** The async form of {@link #create(EnvironmentKey, NewDestination)}. */
    public CompletableFuture<ApiResponse<Destination>> createAsync(
        EnvironmentKey environment, NewDestination destination) {
      return createAsync(environment, destination, RequestOptions.none());
    }

    /** The async form of {@link #create(EnvironmentKey, NewDestination, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> createAsync(
        EnvironmentKey environment, NewDestination destination, RequestOptions options) {
      ApiRequest request = LaunchDarklyRequests.create(environment, destination);
      return CreateConflicts.explainedAsync(
          transport.executeAsync(request, LaunchDarklyJson.DESTINATION, checked(options)),
          environment,
          destination.kind());
    }

    /**
     * {@code DELETE /api/v2/destinations/{projectKey}/{environmentKey}/{id}}; 204, or the 404 that
     * answered a retry ({@link DeleteResult#wasGoneOnRetry()}).
     */
    public ApiResponse<DeleteResult> delete(DestinationKey key) {
      return delete(key, RequestOptions.none());
    }

    /** {@link #delete(DestinationKey)} with per-call options. */
    public ApiResponse<DeleteResult> delete(DestinationKey key, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.delete(key), LaunchDarklyJson.DELETION, checked(options));
    }

    /** The async form of {@link #delete(DestinationKey)}. */
    public CompletableFuture<ApiResponse<DeleteResult>> deleteAsync(DestinationKey key) {
      return deleteAsync(key, RequestOptions.none());
    }

    /** The async form of {@link #delete(DestinationKey, RequestOptions)}. */
    public CompletableFuture<ApiResponse<DeleteResult>> deleteAsync(
        DestinationKey key, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.delete(key), LaunchDarklyJson.DELETION, checked(options));
    }

    /** {@code GET /api/v2/destinations/{projectKey}/{environmentKey}/{id}}. */
    public ApiResponse<Destination> get(DestinationKey key) {
      return get(key, RequestOptions.none());
    }

    /** {@link #get(DestinationKey)} with per-call options. */
    public ApiResponse<Destination> get(DestinationKey key, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.get(key), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** The async form of {@link #get(DestinationKey)}. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(DestinationKey key) {
      return getAsync(key, RequestOptions.none());
    }

    /** The async form of {@link #get(DestinationKey, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> getAsync(
        DestinationKey key, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.get(key), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /**
     * {@code PATCH} with a JSON Patch, retried after a possible delivery only when {@link
     * JsonPatch#isSafeToRepeat()}.
     */
    public ApiResponse<Destination> patch(DestinationKey key, JsonPatch patch) {
      return patch(key, patch, RequestOptions.none());
    }

    /** {@link #patch(DestinationKey, JsonPatch)} with per-call options. */
    public ApiResponse<Destination> patch(
        DestinationKey key, JsonPatch patch, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.patch(key, patch), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** The async form of {@link #patch(DestinationKey, JsonPatch)}. */
    public CompletableFuture<ApiResponse<Destination>> patchAsync(
        DestinationKey key, JsonPatch patch) {
      return patchAsync(key, patch, RequestOptions.none());
    }

    /** The async form of {@link #patch(DestinationKey, JsonPatch, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> patchAsync(
        DestinationKey key, JsonPatch patch, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.patch(key, patch), LaunchDarklyJson.DESTINATION, checked(options));
    }

    /** {@code PATCH} with a JSON Merge Patch; always safe to retry. */
    public ApiResponse<Destination> mergePatch(DestinationKey key, MergePatch patch) {
      return mergePatch(key, patch, RequestOptions.none());
    }

    /** {@link #mergePatch(DestinationKey, MergePatch)} with per-call options. */
    public ApiResponse<Destination> mergePatch(
        DestinationKey key, MergePatch patch, RequestOptions options) {
      return transport.execute(
          LaunchDarklyRequests.mergePatch(key, patch),
          LaunchDarklyJson.DESTINATION,
          checked(options));
    }

    /** The async form of {@link #mergePatch(DestinationKey, MergePatch)}. */
    public CompletableFuture<ApiResponse<Destination>> mergePatchAsync(
        DestinationKey key, MergePatch patch) {
      return mergePatchAsync(key, patch, RequestOptions.none());
    }

    /** The async form of {@link #mergePatch(DestinationKey, MergePatch, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> mergePatchAsync(
        DestinationKey key, MergePatch patch, RequestOptions options) {
      return transport.executeAsync(
          LaunchDarklyRequests.mergePatch(key, patch),
          LaunchDarklyJson.DESTINATION,
          checked(options));
    }

    /**
     * The safe read-modify-write of {@link Destinations#update(DestinationKey, DestinationChange)};
     * the response is that of the last call it made: the winning patch, or the read when nothing
     * differed.
     */
    public ApiResponse<Destination> update(DestinationKey key, DestinationChange change) {
      return update(key, change, RequestOptions.none());
    }

    /** {@link #update(DestinationKey, DestinationChange)} with per-call options. */
    public ApiResponse<Destination> update(
        DestinationKey key, DestinationChange change, RequestOptions options) {
      return SafeUpdate.run(
          this, checkedKey(key), checked(change), checked(options), updateRetries);
    }

    /** The async form of {@link #update(DestinationKey, DestinationChange)}. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        DestinationKey key, DestinationChange change) {
      return updateAsync(key, change, RequestOptions.none());
    }

    /** The async form of {@link #update(DestinationKey, DestinationChange, RequestOptions)}. */
    public CompletableFuture<ApiResponse<Destination>> updateAsync(
        DestinationKey key, DestinationChange change, RequestOptions options) {
      return SafeUpdate.runAsync(
          this, checkedKey(key), checked(change), checked(options), updateRetries);
    }

    private static RequestOptions checked(RequestOptions options) {
      return Checks.notNull("options", options);
    }

    private static DestinationChange checked(DestinationChange change) {
      return Checks.notNull("change", change);
    }

    private static DestinationKey checkedKey(DestinationKey key) {
      return Checks.notNull("key", key);
    }
  }
}
